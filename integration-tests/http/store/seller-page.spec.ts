import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpSeller } from "../../helpers/actors"
import {
  createSellerProduct,
  createStoreHeaders,
} from "../../helpers/inventory"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("store: a seller's page and products carrying their seller", () => {
      let store: Headers
      let active: { seller: { id: string } }
      let pending: { seller: { id: string } }
      let kaosId: string
      let topiId: string

      beforeEach(async () => {
        const container = getContainer()
        store = await createStoreHeaders(container)
        active = await signUpSeller(api, {
          email: "butik@toko.test",
          name: "Butik Sari",
          handle: "butik-sari",
          city: "Solo",
        })
        pending = await signUpSeller(api, {
          email: "baru@toko.test",
          name: "Toko Baru",
          handle: "toko-baru",
        })
        const sellers = container.resolve("seller") as {
          updateSellers: (d: Record<string, unknown>) => Promise<unknown>
        }
        await sellers.updateSellers({ id: active.seller.id, status: "active" })

        const variants = (sku: string) => [{ title: "M", sku, idr: 79000 }]
        kaosId = (
          await createSellerProduct(container, {
            sellerId: active.seller.id,
            title: "Kaos Lurik",
            variants: variants("LURIK-M"),
          })
        ).id
        topiId = (
          await createSellerProduct(container, {
            sellerId: active.seller.id,
            title: "Topi Batik",
            variants: variants("TOPI-M"),
          })
        ).id
        await createSellerProduct(container, {
          sellerId: active.seller.id,
          title: "Draft Jaket",
          status: "draft",
          variants: variants("JAKET-M"),
        })
        await createSellerProduct(container, {
          sellerId: active.seller.id,
          title: "Stok Gudang",
          inChannel: false,
          variants: variants("GUDANG-M"),
        })
        await createSellerProduct(container, {
          sellerId: pending.seller.id,
          title: "Produk Baru",
          inChannel: false,
          variants: variants("BARU-M"),
        })
      })

      it("shows an active seller's profile with its published, visible products", async () => {
        const res = await api.get("/store/sellers/butik-sari", store)
        expect(res.status).toBe(200)
        expect(res.data.seller).toEqual(
          expect.objectContaining({ handle: "butik-sari", name: "Butik Sari" })
        )
        expect(res.data.seller).not.toHaveProperty("email")
        expect(res.data.count).toBe(2)
        expect(res.data).toEqual(
          expect.objectContaining({ offset: 0, limit: 20 })
        )
        expect(
          res.data.products.map((p: { id: string }) => p.id).sort()
        ).toEqual([kaosId, topiId].sort())
        expect(res.data.products[0]).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            title: expect.any(String),
            handle: expect.any(String),
          })
        )

        const page = await api.get(
          "/store/sellers/butik-sari?limit=1&offset=1",
          store
        )
        expect(page.data).toEqual(
          expect.objectContaining({ count: 2, limit: 1, offset: 1 })
        )
        expect(page.data.products).toHaveLength(1)

        for (const url of [
          "/store/sellers/butik-sari?limit=0",
          "/store/sellers/butik-sari?limit=101",
          "/store/sellers/butik-sari?status=pending",
        ]) {
          const bad = await call(api.get(url, store))
          expect(bad.status).toBe(400)
        }

        const hidden = await call(api.get("/store/sellers/toko-baru", store))
        expect(hidden.status).toBe(404)
      })

      it("products carry their seller's public fields with fields=*seller, never its contact or status", async () => {
        const list = await api.get(
          "/store/products?fields=*seller&limit=50",
          store
        )
        expect(list.status).toBe(200)
        const kaos = list.data.products.find(
          (p: { id: string }) => p.id === kaosId
        )
        expect(kaos.seller).toEqual({
          id: active.seller.id,
          name: "Butik Sari",
          handle: "butik-sari",
        })
        expect(kaos.title).toBe("Kaos Lurik") // defaults kept

        const one = await api.get(
          `/store/products/${kaosId}?fields=%2Bseller.*`,
          store
        )
        expect(one.data.product.seller).toEqual({
          id: active.seller.id,
          name: "Butik Sari",
          handle: "butik-sari",
        })
        expect(one.data.product.title).toBe("Kaos Lurik")

        const sneaky = await api.get(
          `/store/products/${kaosId}?fields=%2Bseller.email,%2Bseller.phone,%2Bseller.status,%2Bseller.commission_rate,%2Bseller.members.email`,
          store
        )
        expect(sneaky.status).toBe(200)
        const seller = sneaky.data.product.seller ?? {}
        for (const field of [
          "email",
          "phone",
          "status",
          "commission_rate",
          "members",
        ]) {
          expect(seller).not.toHaveProperty(field)
        }

        const plain = await api.get(`/store/products/${kaosId}`, store)
        expect(plain.data.product).not.toHaveProperty("seller")
      })
    })
  },
})
