import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
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

        // Medusa's session routes work for the actor: a cookie session reaches /vendor.
        const session = await api.post(
          "/auth/session",
          {},
          bearer(login.data.token)
        )
        const cookie = String(session.headers["set-cookie"]?.[0] ?? "").split(
          ";"
        )[0]
        expect(cookie).toMatch(/^connect\.sid=/)
        const viaCookie = await api.get("/vendor/sellers/me", {
          headers: { cookie },
        })
        expect(viaCookie.data.seller.id).toBe(seller.id)
        await api.delete("/auth/session", { headers: { cookie } })
        expect(
          (await call(api.get("/vendor/sellers/me", { headers: { cookie } })))
            .status
        ).toBe(401)

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

      it("lets the owner invite a member who signs up, accepts and works for the same seller", async () => {
        const owner = await signUpSeller(api, {
          email: "owner@kopi.id",
          name: "Kopi Gayo",
        })
        const invited = await api.post(
          "/vendor/sellers/me/members",
          { email: "Staf@Kopi.id", name: "Staf Gudang" },
          owner.headers
        )
        expect(invited.status).toBe(201)
        expect(invited.data.member).toEqual(
          expect.objectContaining({ email: "staf@kopi.id", role: "member" })
        )

        const registered = await api.post("/auth/seller/emailpass/register", {
          email: "staf@kopi.id",
          password: "gudang-kopi-1",
        })
        const accepted = await api.post(
          "/vendor/invites/accept",
          {},
          bearer(registered.data.token)
        )
        expect(accepted.data.member.id).toBe(invited.data.member.id)
        const login = await api.post("/auth/seller/emailpass", {
          email: "staf@kopi.id",
          password: "gudang-kopi-1",
        })
        const staff = bearer(login.data.token)
        const me = await api.get("/vendor/sellers/me", staff)
        expect(me.data.seller.id).toBe(owner.seller.id)

        // Members do not manage members; nobody removes the owner.
        const byStaff = await call(
          api.post("/vendor/sellers/me/members", { email: "x@kopi.id" }, staff)
        )
        expect(byStaff.status).toBe(400)
        const members = await api.get(
          "/vendor/sellers/me/members",
          owner.headers
        )
        const ownerRow = members.data.members.find(
          (m: any) => m.role === "owner"
        )
        const removeOwner = await call(
          api.delete(`/vendor/sellers/me/members/${ownerRow.id}`, owner.headers)
        )
        expect(removeOwner.status).toBe(400)

        // An e-mail nobody invited cannot join.
        const stranger = await api.post("/auth/seller/emailpass/register", {
          email: "asing@lain.id",
          password: "orang-asing-1",
        })
        const notInvited = await call(
          api.post("/vendor/invites/accept", {}, bearer(stranger.data.token))
        )
        expect(notInvited.status).toBe(404)

        // Removing the member shuts its token out.
        await api.delete(
          `/vendor/sellers/me/members/${invited.data.member.id}`,
          owner.headers
        )
        expect((await call(api.get("/vendor/sellers/me", staff))).status).toBe(
          401
        )
        const { rows } = await dbConnection.raw(
          "select email, role from seller_member where deleted_at is null order by email"
        )
        expect(rows).toEqual([{ email: "owner@kopi.id", role: "owner" }])
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
