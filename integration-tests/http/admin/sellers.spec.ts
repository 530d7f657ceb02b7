import {
  createStep,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import {
  syncSellerProductVisibilityStep,
  updateSellerStatusStep,
  updateSellerStatusWorkflow,
} from "@belanjain/marketplace/workflows"
import {
  call,
  createAdminToken,
  signUpCustomer,
  signUpSeller,
} from "../../helpers/actors"
import {
  createIndonesiaRegion,
  createSellerProduct,
  createStorefrontKeyHeaders,
  defaultSalesChannelId,
  productIdsInChannel,
} from "../../helpers/admin"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

// Forced failures after the status change, to prove the compensations.
const failStep = createStep("test-fail-after-status-step", async () => {
  throw new Error("forced failure")
})
const statusThenFailWorkflow = createWorkflow(
  "test-seller-status-then-fail",
  (input: { id: string; status: "active" | "suspended" | "pending" }) => {
    const change = updateSellerStatusWorkflow.runAsStep({ input })
    failStep()
    return new WorkflowResponse(change)
  }
)
const stepsThenFailWorkflow = createWorkflow(
  "test-seller-status-steps-then-fail",
  (input: { id: string; status: "active" | "suspended" | "pending" }) => {
    const change = updateSellerStatusStep(input)
    syncSellerProductVisibilityStep({
      seller_id: input.id,
      status: input.status,
    })
    failStep()
    return new WorkflowResponse(change)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers

    const sellerRow = async (id: string) =>
      (
        await dbConnection.raw(
          `select status, commission_rate, updated_at from seller where id = ?`,
          [id]
        )
      ).rows[0]

    beforeEach(async () => {
      admin = (await createAdminToken(getContainer())).headers
    })

    describe("GET /admin/sellers and /admin/sellers/:id", () => {
      it("lists, filters by status, searches name/handle/e-mail, paginates and shows details", async () => {
        const batik = await signUpSeller(api, {
          email: "rina@tokobatik.id",
          name: "Toko Batik Rina",
          city: "Solo",
        })
        const sepatu = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const buku = await signUpSeller(api, {
          email: "info@bukuku.id",
          name: "Bukuku",
          handle: "toko-buku-kita",
        })
        await api.post(`/admin/sellers/${sepatu.seller.id}/approve`, {}, admin)
        await api.post(`/admin/sellers/${buku.seller.id}/suspend`, {}, admin)

        const all = await api.get("/admin/sellers", admin)
        expect(all.status).toBe(200)
        expect(all.data).toEqual(
          expect.objectContaining({ count: 3, offset: 0, limit: 20 })
        )
        expect(all.data.sellers[0]).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^sel_/),
            email: expect.any(String),
            status: expect.any(String),
            commission_rate: null,
          })
        )

        const byStatus = async (qs: string) =>
          (await api.get(`/admin/sellers?${qs}`, admin)).data.sellers
            .map((s: any) => s.name)
            .sort()
        expect(await byStatus("status=pending")).toEqual(["Toko Batik Rina"])
        expect(await byStatus("status=active")).toEqual(["Sepatu Andi"])
        expect(await byStatus("status[]=active&status[]=suspended")).toEqual([
          "Bukuku",
          "Sepatu Andi",
        ])
        expect(await byStatus("q=BATIK")).toEqual(["Toko Batik Rina"]) // name
        expect(await byStatus("q=buku-kita")).toEqual(["Bukuku"]) // handle
        expect(await byStatus("q=sepatu.id")).toEqual(["Sepatu Andi"]) // e-mail
        expect(await byStatus("q=tidak-ada")).toEqual([])
        expect(await byStatus("q=%25")).toEqual([]) // "%" is literal

        const ordered = await api.get(
          "/admin/sellers?order=name&limit=2&offset=1",
          admin
        )
        expect(ordered.data).toEqual(
          expect.objectContaining({ count: 3, offset: 1, limit: 2 })
        )
        expect(ordered.data.sellers.map((s: any) => s.name)).toEqual([
          "Sepatu Andi",
          "Toko Batik Rina",
        ])

        const tooMany = await call(api.get("/admin/sellers?limit=101", admin))
        expect(tooMany.status).toBe(400)
        const badStatus = await call(
          api.get("/admin/sellers?status=banned", admin)
        )
        expect(badStatus.status).toBe(400)

        await createSellerProduct(
          getContainer(),
          batik.seller.id,
          "Kemeja Batik"
        )
        await createSellerProduct(getContainer(), batik.seller.id, "Kain Batik")
        const detail = await api.get(`/admin/sellers/${batik.seller.id}`, admin)
        expect(detail.status).toBe(200)
        expect(detail.data.seller).toEqual(
          expect.objectContaining({
            id: batik.seller.id,
            name: "Toko Batik Rina",
            city: "Solo",
            status: "pending",
            product_count: 2,
            members: [
              expect.objectContaining({
                email: "rina@tokobatik.id",
                role: "owner",
              }),
            ],
            stock_locations: [
              expect.objectContaining({ id: expect.stringMatching(/^sloc_/) }),
            ],
          })
        )

        const missing = await call(api.get("/admin/sellers/sel_nope", admin))
        expect(missing.status).toBe(404)
      })
    })

    describe("status actions", () => {
      it("approve shows a pending seller's products; suspend hides them and blocks carts; reactivate restores both", async () => {
        const container = getContainer()
        const store = await createStorefrontKeyHeaders(container)
        const channelId = await defaultSalesChannelId(container)
        const region = await createIndonesiaRegion(container)

        const events: any[] = []
        container
          .resolve(Modules.EVENT_BUS)
          .subscribe("seller.status_changed", async (msg: any) => {
            events.push(msg.data)
          })

        const { seller } = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const a = await createSellerProduct(container, seller.id, "Sepatu Lari")
        const b = await createSellerProduct(
          container,
          seller.id,
          "Sepatu Santai"
        )
        // A product without a seller stays buyable throughout.
        const unowned = await createProductsOutsideMarketplace(container)

        const listed = async () =>
          (await api.get("/store/products?limit=100", store)).data
        const productIds = async () =>
          (await listed()).products.map((p: any) => p.id).sort()

        expect(await productIds()).toEqual([unowned.productId])

        // approve: pending → active, products appear
        const approved = await api.post(
          `/admin/sellers/${seller.id}/approve`,
          {},
          admin
        )
        expect(approved.status).toBe(200)
        expect(approved.data.seller).toEqual(
          expect.objectContaining({ status: "active", product_count: 2 })
        )
        expect((await sellerRow(seller.id)).status).toBe("active")
        expect(await productIdsInChannel(container, channelId)).toEqual(
          [a.product.id, b.product.id, unowned.productId].sort()
        )
        expect((await listed()).count).toBe(3)
        const one = await api.get(`/store/products/${a.product.id}`, store)
        expect(one.status).toBe(200)

        const cart = (
          await api.post(
            "/store/carts",
            { region_id: region.id, currency_code: "idr" },
            store
          )
        ).data.cart
        const added = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: a.variantId, quantity: 1 },
          store
        )
        expect(added.status).toBe(200)
        expect(added.data.cart.items).toHaveLength(1)
        const itemId = added.data.cart.items[0].id

        // suspend: products leave the channel, carts refuse them
        const suspended = await api.post(
          `/admin/sellers/${seller.id}/suspend`,
          {},
          admin
        )
        expect(suspended.data.seller.status).toBe("suspended")
        expect((await sellerRow(seller.id)).status).toBe("suspended")
        expect(await productIdsInChannel(container, channelId)).toEqual([
          unowned.productId,
        ])
        expect((await listed()).count).toBe(1)
        const hidden = await call(
          api.get(`/store/products/${a.product.id}`, store)
        )
        expect(hidden.status).toBe(404)

        const refused = await call(
          api.post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: b.variantId, quantity: 1 },
            store
          )
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Sepatu Santai is not available: seller Sepatu Andi is not active"
        )
        const more = await call(
          api.post(
            `/store/carts/${cart.id}/line-items/${itemId}`,
            { quantity: 3 },
            store
          )
        )
        expect(more.status).toBe(400)
        expect(more.data.message).toMatch(/seller Sepatu Andi is not active/)
        const newCart = await call(
          api.post(
            "/store/carts",
            {
              region_id: region.id,
              items: [{ variant_id: a.variantId, quantity: 1 }],
            },
            store
          )
        )
        expect(newCart.status).toBe(400)
        expect(newCart.data.message).toMatch(/Sepatu Lari is not available/)

        // Checkout refuses the item already in the cart, and no order is made.
        const collection = await api.post(
          "/store/payment-collections",
          { cart_id: cart.id },
          store
        )
        await api.post(
          `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          store
        )
        const checkout = await call(
          api.post(`/store/carts/${cart.id}/complete`, {}, store)
        )
        expect(checkout.status).toBe(400)
        expect(checkout.data.message).toBe(
          "Sepatu Lari is not available: seller Sepatu Andi is not active"
        )
        const orders = await dbConnection.raw(
          `select count(*) as c from "order"`
        )
        expect(Number(orders.rows[0].c)).toBe(0)

        const after = await api.get(`/store/carts/${cart.id}`, store)
        expect(
          after.data.cart.items.map((i: any) => [i.variant_id, i.quantity])
        ).toEqual([[a.variantId, 1]])
        const allowed = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: unowned.variantId, quantity: 1 },
          store
        )
        expect(allowed.data.cart.items).toHaveLength(2)

        // reactivate: suspended → active, everything back
        const reactivated = await api.post(
          `/admin/sellers/${seller.id}/reactivate`,
          {},
          admin
        )
        expect(reactivated.data.seller.status).toBe("active")
        expect((await listed()).count).toBe(3)
        expect(
          (await api.get(`/store/products/${b.product.id}`, store)).status
        ).toBe(200)
        const readded = await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: b.variantId, quantity: 2 },
          store
        )
        expect(readded.status).toBe(200)
        expect(readded.data.cart.items).toHaveLength(3)

        // Each change names the operator who made it (for the audit log).
        const operator = { type: "user", id: expect.stringMatching(/^user_/) }
        expect(events).toEqual([
          { id: seller.id, from: "pending", to: "active", actor: operator },
          { id: seller.id, from: "active", to: "suspended", actor: operator },
          { id: seller.id, from: "suspended", to: "active", actor: operator },
        ])
      })

      it("hides a suspended seller's products also when the store has several sales channels", async () => {
        const container = getContainer()
        // With two or more channels Medusa applies the key's channel filter itself.
        await createSalesChannelsWorkflow(container).run({
          input: { salesChannelsData: [{ name: "Marketplace B2B" }] },
        })
        const store = await createStorefrontKeyHeaders(container)
        const { seller } = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const { product } = await createSellerProduct(
          container,
          seller.id,
          "Sepatu Lari"
        )
        const count = async () =>
          (await api.get("/store/products", store)).data.count

        expect(await count()).toBe(0)
        await api.post(`/admin/sellers/${seller.id}/approve`, {}, admin)
        expect(await count()).toBe(1)
        await api.post(`/admin/sellers/${seller.id}/suspend`, {}, admin)
        expect(await count()).toBe(0)
        const hidden = await call(
          api.get(`/store/products/${product.id}`, store)
        )
        expect(hidden.status).toBe(404)
      })

      it("refuses illegal transitions with 400 and changes nothing", async () => {
        const container = getContainer()
        const channelId = await defaultSalesChannelId(container)
        const { seller } = await signUpSeller(api, {
          email: "rina@tokobatik.id",
          name: "Toko Batik Rina",
        })
        const { product } = await createSellerProduct(
          container,
          seller.id,
          "Kemeja Batik"
        )
        const before = await sellerRow(seller.id)

        const reactivatePending = await call(
          api.post(`/admin/sellers/${seller.id}/reactivate`, {}, admin)
        )
        expect(reactivatePending.status).toBe(400)
        expect(reactivatePending.data.message).toMatch(
          /^Cannot change seller status from pending to active/
        )
        expect(await sellerRow(seller.id)).toEqual(before)
        expect(await productIdsInChannel(container, channelId)).toEqual([])

        await api.post(`/admin/sellers/${seller.id}/approve`, {}, admin)
        const active = await sellerRow(seller.id)
        const approveActive = await call(
          api.post(`/admin/sellers/${seller.id}/approve`, {}, admin)
        )
        expect(approveActive.status).toBe(400)
        expect(approveActive.data.message).toBe(
          "Cannot change seller status from active to active"
        )
        const reactivateActive = await call(
          api.post(`/admin/sellers/${seller.id}/reactivate`, {}, admin)
        )
        expect(reactivateActive.status).toBe(400)
        expect(await sellerRow(seller.id)).toEqual(active)
        expect(await productIdsInChannel(container, channelId)).toEqual([
          product.id,
        ])

        await api.post(`/admin/sellers/${seller.id}/suspend`, {}, admin)
        const suspended = await sellerRow(seller.id)
        for (const action of ["approve", "suspend"]) {
          const res = await call(
            api.post(`/admin/sellers/${seller.id}/${action}`, {}, admin)
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(
            /^Cannot change seller status from suspended to (active|suspended)/
          )
        }
        expect(await sellerRow(seller.id)).toEqual(suspended)
        expect(await productIdsInChannel(container, channelId)).toEqual([])

        const unknown = await call(
          api.post("/admin/sellers/sel_nope/approve", {}, admin)
        )
        expect(unknown.status).toBe(404)
        const withBody = await call(
          api.post(
            `/admin/sellers/${seller.id}/reactivate`,
            { status: "active" },
            admin
          )
        )
        expect(withBody.status).toBe(400)
        expect(await sellerRow(seller.id)).toEqual(suspended)
      })

      it("rolls back status and product links when a later step fails", async () => {
        const container = getContainer()
        const channelId = await defaultSalesChannelId(container)
        const { seller } = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const a = await createSellerProduct(container, seller.id, "Sepatu Lari")
        const b = await createSellerProduct(
          container,
          seller.id,
          "Sepatu Santai"
        )

        // pending → active fails after the links were created
        for (const wf of [statusThenFailWorkflow, stepsThenFailWorkflow]) {
          const { errors } = await wf(container).run({
            input: { id: seller.id, status: "active" },
            throwOnError: false,
          })
          expect(errors[0]?.error?.message).toMatch(/forced failure/)
          expect((await sellerRow(seller.id)).status).toBe("pending")
          expect(await productIdsInChannel(container, channelId)).toEqual([])
        }

        // active → suspended fails after the links were removed
        await updateSellerStatusWorkflow(container).run({
          input: { id: seller.id, status: "active" },
        })
        const linked = [a.product.id, b.product.id].sort()
        expect(await productIdsInChannel(container, channelId)).toEqual(linked)
        for (const wf of [statusThenFailWorkflow, stepsThenFailWorkflow]) {
          const { errors } = await wf(container).run({
            input: { id: seller.id, status: "suspended" },
            throwOnError: false,
          })
          expect(errors[0]?.error?.message).toMatch(/forced failure/)
          expect((await sellerRow(seller.id)).status).toBe("active")
          expect(await productIdsInChannel(container, channelId)).toEqual(
            linked
          )
        }
      })
    })

    describe("POST /admin/sellers/:id (commission rate)", () => {
      it("sets and clears the commission rate and rejects anything else", async () => {
        const { seller } = await signUpSeller(api, {
          email: "info@bukuku.id",
          name: "Bukuku",
        })

        const set = await api.post(
          `/admin/sellers/${seller.id}`,
          { commission_rate: 7.5 },
          admin
        )
        expect(set.status).toBe(200)
        expect(set.data.seller.commission_rate).toBe(7.5)
        expect((await sellerRow(seller.id)).commission_rate).toBe(7.5)

        const before = await sellerRow(seller.id)
        for (const body of [
          { commission_rate: 150 },
          { commission_rate: -1 },
          { commission_rate: "10" },
          {},
          { commission_rate: 5, seller_id: "sel_other" },
          { commission_rate: 5, status: "active" },
          { name: "Ganti Nama" },
        ]) {
          const res = await call(
            api.post(`/admin/sellers/${seller.id}`, body, admin)
          )
          expect(res.status).toBe(400)
        }
        const over = await call(
          api.post(
            `/admin/sellers/${seller.id}`,
            { commission_rate: 150 },
            admin
          )
        )
        expect(over.data.message).toMatch(/commission_rate/)
        expect(await sellerRow(seller.id)).toEqual(before)

        const cleared = await api.post(
          `/admin/sellers/${seller.id}`,
          { commission_rate: null },
          admin
        )
        expect(cleared.data.seller.commission_rate).toBeNull()
        expect((await sellerRow(seller.id)).commission_rate).toBeNull()

        const unknown = await call(
          api.post("/admin/sellers/sel_nope", { commission_rate: 5 }, admin)
        )
        expect(unknown.status).toBe(404)
      })
    })

    describe("who may call /admin/sellers", () => {
      it("refuses seller and customer tokens and anonymous calls", async () => {
        const container = getContainer()
        const { seller, headers: sellerHeaders } = await signUpSeller(api, {
          email: "rina@tokobatik.id",
          name: "Toko Batik Rina",
        })
        const store = await createStorefrontKeyHeaders(container)
        const customer = await signUpCustomer(
          api,
          store.headers["x-publishable-api-key"]
        )

        for (const headers of [sellerHeaders, customer.headers, {}]) {
          const list = await call(api.get("/admin/sellers", headers))
          expect(list.status).toBe(401)
          const approve = await call(
            api.post(`/admin/sellers/${seller.id}/approve`, {}, headers)
          )
          expect(approve.status).toBe(401)
          const commission = await call(
            api.post(
              `/admin/sellers/${seller.id}`,
              { commission_rate: 1 },
              headers
            )
          )
          expect(commission.status).toBe(401)
        }
        expect(await sellerRow(seller.id)).toEqual(
          expect.objectContaining({ status: "pending", commission_rate: null })
        )
      })
    })
  },
})

/** A product with no seller (e.g. the operator's own), in the default channel. */
async function createProductsOutsideMarketplace(container: any) {
  const { createProductsWorkflow } = await import("@medusajs/medusa/core-flows")
  const channelId = await defaultSalesChannelId(container)
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Voucher Hadiah",
          status: "published",
          sales_channels: [{ id: channelId }],
          options: [{ title: "Nilai", values: ["100k"] }],
          variants: [
            {
              title: "Voucher 100k",
              options: { Nilai: "100k" },
              manage_inventory: false,
              prices: [{ amount: 100000, currency_code: "idr" }],
            },
          ],
        },
      ],
    },
  })
  return { productId: result[0].id, variantId: result[0].variants[0].id }
}
