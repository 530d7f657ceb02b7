import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  bearer,
  call,
  createAdminToken,
  signUpCustomer,
  signUpSeller,
} from "../../helpers/actors"
import { createPublishableKeyHeaders } from "../../helpers/publishable-key"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const count = async (table: string) =>
      Number(
        (
          await dbConnection.raw(
            `select count(*) as c from "${table}" where deleted_at is null`
          )
        ).rows[0].c
      )

    describe("seller sign-up and the seller actor", () => {
      it("registers, creates a pending seller with its owner and location, logs in and reads its profile", async () => {
        const registered = await api.post("/auth/seller/emailpass/register", {
          email: "rina@tokobatik.id",
          password: "batik-solo-2026",
        })
        expect(registered.status).toBe(200)

        const created = await api.post(
          "/vendor/sellers",
          { name: "Toko Batik Rina", city: "Solo", member_name: "Rina" },
          bearer(registered.data.token)
        )
        expect(created.status).toBe(201)
        expect(created.data.seller).toEqual(
          expect.objectContaining({
            name: "Toko Batik Rina",
            handle: "toko-batik-rina",
            email: "rina@tokobatik.id",
            status: "pending",
          })
        )

        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "seller",
          fields: ["id", "members.*", "stock_locations.*"],
          filters: { id: created.data.seller.id },
        })
        const seller = data[0] as any
        expect(seller.members).toEqual([
          expect.objectContaining({
            email: "rina@tokobatik.id",
            role: "owner",
            name: "Rina",
          }),
        ])
        expect(seller.stock_locations).toHaveLength(1)

        const auth = container.resolve(Modules.AUTH)
        const [identity] = await auth.listAuthIdentities(
          {},
          { relations: ["provider_identities"] }
        )
        expect(identity.app_metadata).toEqual(
          expect.objectContaining({ seller_id: seller.members[0].id })
        )

        const login = await api.post("/auth/seller/emailpass", {
          email: "rina@tokobatik.id",
          password: "batik-solo-2026",
        })
        const me = await api.get("/vendor/sellers/me", bearer(login.data.token))
        expect(me.data.seller).toEqual(
          expect.objectContaining({
            id: seller.id,
            status: "pending",
            city: "Solo",
          })
        )

        // Medusa's token refresh works for the actor.
        const refreshed = await api.post(
          "/auth/token/refresh",
          {},
          bearer(login.data.token)
        )
        const again = await api.get(
          "/vendor/sellers/me",
          bearer(refreshed.data.token)
        )
        expect(again.data.seller.id).toBe(seller.id)

        // A second sign-up with the same account is refused.
        const twice = await call(
          api.post(
            "/vendor/sellers",
            { name: "Lagi" },
            bearer(login.data.token)
          )
        )
        expect(twice.status).toBe(400)
        expect(await count("seller")).toBe(1)
      })

      it("enforces the password rules and names the field", async () => {
        const short = await call(
          api.post("/auth/seller/emailpass/register", {
            email: "a@b.id",
            password: "pendek",
          })
        )
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/^password: .*8 characters/)

        const same = await call(
          api.post("/auth/seller/emailpass/register", {
            email: "samasama@b.id",
            password: "SamaSama@b.id",
          })
        )
        expect(same.status).toBe(400)
        expect(same.data.message).toMatch(/password: must not be the e-mail/)

        const badEmail = await call(
          api.post("/auth/seller/emailpass/register", {
            email: "not-an-email",
            password: "panjang-sekali",
          })
        )
        expect(badEmail.status).toBe(400)
        expect(badEmail.data.message).toMatch(/^email:/)

        expect(await count("provider_identity")).toBe(0)
      })

      it("updates the profile but refuses status, commission and unknown fields", async () => {
        const { seller, headers } = await signUpSeller(api, {
          email: "dodi@sepatu.id",
          name: "Sepatu Dodi",
        })

        const updated = await api.post(
          "/vendor/sellers/me",
          { name: "Sepatu Dodi Bandung", city: "Bandung" },
          headers
        )
        expect(updated.data.seller).toEqual(
          expect.objectContaining({
            name: "Sepatu Dodi Bandung",
            city: "Bandung",
            handle: "sepatu-dodi",
          })
        )

        for (const body of [
          { status: "active" },
          { commission_rate: 0 },
          { seller_id: "sel_x" },
          { handle: "lain" },
        ]) {
          const res = await call(api.post("/vendor/sellers/me", body, headers))
          expect(res.status).toBe(400)
          expect(JSON.stringify(res.data)).toContain(Object.keys(body)[0])
        }

        const { rows } = await dbConnection.raw(
          "select status, commission_rate, handle from seller where id = ?",
          [seller.id]
        )
        expect(rows[0]).toEqual({
          status: "pending",
          commission_rate: null,
          handle: "sepatu-dodi",
        })

        // The seller's own stock location (where it ships from) moved with it.
        const { rows: addresses } = await dbConnection.raw(
          `select a.city from stock_location l join stock_location_address a on a.id = l.address_id where l.name = 'Sepatu Dodi'`
        )
        expect(addresses).toEqual([{ city: "Bandung" }])

        const members = await api.get("/vendor/sellers/me/members", headers)
        expect(members.data.members).toEqual([
          expect.objectContaining({ email: "dodi@sepatu.id", role: "owner" }),
        ])
      })

      it("refuses customer and admin tokens on /vendor and seller tokens on /admin", async () => {
        const container = getContainer()
        const { headers: seller } = await signUpSeller(api, {
          email: "eka@buku.id",
          name: "Buku Eka",
        })
        const admin = await createAdminToken(container)
        const store = await createPublishableKeyHeaders(container)
        const customer = await signUpCustomer(
          api,
          store.headers["x-publishable-api-key"]
        )

        expect((await api.get("/admin/products", admin.headers)).status).toBe(
          200
        )
        expect(
          (await call(api.get("/vendor/sellers/me", admin.headers))).status
        ).toBe(401)
        expect(
          (await call(api.get("/vendor/sellers/me", customer.headers))).status
        ).toBe(401)
        expect((await call(api.get("/vendor/sellers/me"))).status).toBe(401)
        expect((await call(api.get("/admin/products", seller))).status).toBe(
          401
        )
        expect(
          (
            await call(
              api.get("/store/customers/me", {
                headers: { ...seller.headers, ...store.headers },
              })
            )
          ).status
        ).toBe(401)
      })
    })
  },
})
