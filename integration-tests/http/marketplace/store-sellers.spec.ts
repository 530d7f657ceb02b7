import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { createPublishableKeyHeaders } from "../../helpers/publishable-key"

jest.setTimeout(120_000)

type StoreHeaders = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("GET /store/sellers (plugin route, loaded from @belanjain/marketplace)", () => {
      let store: StoreHeaders

      beforeEach(async () => {
        const container = getContainer()
        store = await createPublishableKeyHeaders(container)
        const sellerService = container.resolve("seller") as {
          createSellers: (data: Record<string, unknown>[]) => Promise<unknown>
        }
        await sellerService.createSellers([
          {
            name: "Toko Elektronik Jaya",
            handle: "toko-elektronik-jaya",
            email: "jaya@example.com",
            phone: "0811",
            city: "Jakarta",
            status: "active",
          },
          {
            name: "Batik Nusantara",
            handle: "batik-nusantara",
            email: "batik@example.com",
            city: "Solo",
            status: "active",
          },
          {
            name: "Toko Baru",
            handle: "toko-baru",
            email: "baru@example.com",
            status: "pending",
          },
          {
            name: "Toko Nakal",
            handle: "toko-nakal",
            email: "nakal@example.com",
            status: "suspended",
          },
        ])
      })

      it("lists only active sellers, without private contact fields", async () => {
        const res = await api.get("/store/sellers", store)

        expect(res.status).toBe(200)
        expect(res.data.count).toBe(2)
        expect(
          res.data.sellers.map((s: { handle: string }) => s.handle).sort()
        ).toEqual(["batik-nusantara", "toko-elektronik-jaya"])
        for (const seller of res.data.sellers) {
          expect(seller.id).toMatch(/^sel_/)
          expect(seller).not.toHaveProperty("email")
          expect(seller).not.toHaveProperty("phone")
          expect(seller).not.toHaveProperty("status")
        }
      })

      it("paginates and filters by name", async () => {
        const page = await api.get(
          "/store/sellers?limit=1&offset=1&order=name",
          store
        )
        expect(page.data).toEqual(
          expect.objectContaining({ count: 2, limit: 1, offset: 1 })
        )
        expect(page.data.sellers).toHaveLength(1)
        expect(page.data.sellers[0].handle).toBe("toko-elektronik-jaya")

        const found = await api.get("/store/sellers?q=batik", store)
        expect(
          found.data.sellers.map((s: { handle: string }) => s.handle)
        ).toEqual(["batik-nusantara"])
      })

      it("answers 400 naming the field for an unknown query parameter", async () => {
        const res = await api
          .get("/store/sellers?owner=me", store)
          .catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.data)).toContain("owner")
      })

      it("caps the page size at 100: a larger limit answers 400 naming it", async () => {
        const res = await api
          .get("/store/sellers?limit=101", store)
          .catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.data)).toContain("limit")
        const max = await api.get("/store/sellers?limit=100", store)
        expect(max.data).toEqual(
          expect.objectContaining({ count: 2, limit: 100 })
        )
      })

      it("needs a publishable API key", async () => {
        const res = await api
          .get("/store/sellers")
          .catch((e: { response: unknown }) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })

      it("returns one active seller by handle and 404 for pending, suspended or unknown ones", async () => {
        const ok = await api.get("/store/sellers/batik-nusantara", store)
        expect(ok.status).toBe(200)
        expect(ok.data.seller).toEqual(
          expect.objectContaining({
            handle: "batik-nusantara",
            name: "Batik Nusantara",
            city: "Solo",
          })
        )

        for (const handle of ["toko-baru", "toko-nakal", "no-such-seller"]) {
          const res = await api
            .get(`/store/sellers/${handle}`, store)
            .catch((e: { response: unknown }) => e.response)
          expect(res.status).toBe(404)
        }
      })
    })
  },
})
