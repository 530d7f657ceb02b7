import jwt from "jsonwebtoken"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, createAdminToken, signUpSeller } from "../../helpers/actors"
import {
  createSellerProduct,
  inventoryItemIdsBySku,
} from "../../helpers/inventory"
import { waitFor } from "../../helpers/payments"

jest.setTimeout(180_000)

type Row = Record<string, any>
type Headers = { headers: Record<string, string> }

/** The seller member behind a seller token (its auth actor id). */
const memberOf = (token: string) =>
  (jwt.decode(token) as { actor_id: string }).actor_id

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("audit log (@belanjain/audit)", () => {
      let admin: Headers
      let adminUserId: string

      beforeEach(async () => {
        const created = await createAdminToken(getContainer())
        admin = created.headers
        adminUserId = created.user.id
      })

      /** The audit entries of one entity, once `count` of them are recorded. */
      const entriesOf = (entityId: string, count = 1) =>
        waitFor(
          async () => {
            const res = await api.get(
              `/admin/audit-entries?entity_id=${entityId}`,
              admin
            )
            return res.data.audit_entries.length >= count
              ? (res.data.audit_entries as Row[])
              : null
          },
          { timeoutMs: 20_000, what: `${count} audit entries of ${entityId}` }
        )

      it("records a seller approval, a price change and stock changes with their actor and before/after", async () => {
        const container = getContainer()
        const seller = await signUpSeller(api, {
          email: "audit@toko.test",
          name: "Toko Audit",
        })
        const member = memberOf(seller.token)

        // The operator approves the seller.
        await api.post(`/admin/sellers/${seller.seller.id}/approve`, {}, admin)
        const [approval] = await entriesOf(seller.seller.id)
        expect(approval).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^aud_/),
            actor_type: "user",
            actor_id: adminUserId,
            action: "seller.status_changed",
            entity_type: "seller",
            entity_id: seller.seller.id,
            changes: { status: { from: "pending", to: "active" } },
          })
        )

        // The seller changes one variant's price; the other keeps its own.
        const product = await createSellerProduct(container, {
          sellerId: seller.seller.id,
          title: "Kaos Audit",
          variants: [
            { title: "S", sku: "AUDIT-S", idr: 79000 },
            { title: "M", sku: "AUDIT-M", idr: 85000 },
          ],
        })
        const variants = (
          await api.get(`/vendor/products/${product.id}`, seller.headers)
        ).data.product.variants as Row[]
        const s = variants.find((v) => v.sku === "AUDIT-S")!
        const m = variants.find((v) => v.sku === "AUDIT-M")!
        const updated = await api.post(
          `/vendor/products/${product.id}`,
          {
            variants: [
              { id: s.id, prices: [{ currency_code: "idr", amount: 99000 }] },
              { id: m.id, prices: [{ currency_code: "idr", amount: 85000 }] },
            ],
          },
          seller.headers
        )
        expect(updated.status).toBe(200)
        const [price] = await entriesOf(s.id)
        expect(price).toEqual(
          expect.objectContaining({
            actor_type: "seller",
            actor_id: member,
            action: "seller_product.prices_changed",
            entity_type: "seller_product",
            entity_id: s.id,
            changes: {
              prices: {
                from: [{ currency_code: "idr", amount: 79000 }],
                to: [{ currency_code: "idr", amount: 99000 }],
              },
            },
            metadata: expect.objectContaining({
              product_id: product.id,
              seller_id: seller.seller.id,
            }),
          })
        )

        // Stock: set (no level before), then changed.
        const items = await inventoryItemIdsBySku(container, ["AUDIT-S"])
        const item = items["AUDIT-S"]
        for (const stocked_quantity of [40, 12]) {
          await api.post(
            "/vendor/inventory/batch",
            { updates: [{ inventory_item_id: item, stocked_quantity }] },
            seller.headers
          )
        }
        const stock = await entriesOf(item, 2)
        expect(stock.map((e) => e.changes.stocked_quantity)).toEqual([
          { from: 40, to: 12 },
          { from: null, to: 40 },
        ])
        expect(stock.every((e) => e.actor_id === member)).toBe(true)

        // The unchanged variant has no entry: its price did not change.
        const unchanged = await api.get(
          `/admin/audit-entries?entity_id=${m.id}`,
          admin
        )
        expect(unchanged.data.count).toBe(0)

        // Filters: by actor and by entity type.
        const bySeller = await api.get(
          `/admin/audit-entries?actor_type=seller&actor_id=${member}`,
          admin
        )
        expect(bySeller.data.count).toBe(3)
        const sellers = await api.get(
          "/admin/audit-entries?entity_type=seller",
          admin
        )
        expect(sellers.data.audit_entries.map((e: Row) => e.entity_id)).toEqual(
          [seller.seller.id]
        )
        const future = await api.get(
          "/admin/audit-entries?created_after=2999-01-01",
          admin
        )
        expect(future.data.count).toBe(0)
      })

      it("answers 400 naming the field for bad filters, and only operators may read it", async () => {
        const tooMany = await call(
          api.get("/admin/audit-entries?limit=1000", admin)
        )
        expect(tooMany.status).toBe(400)
        expect(JSON.stringify(tooMany.data)).toMatch(/limit/)

        const badActor = await call(
          api.get("/admin/audit-entries?actor_type=robot", admin)
        )
        expect(badActor.status).toBe(400)
        expect(JSON.stringify(badActor.data)).toMatch(/actor_type/)

        const unknown = await call(
          api.get("/admin/audit-entries?who=me", admin)
        )
        expect(unknown.status).toBe(400)
        expect(JSON.stringify(unknown.data)).toMatch(/who/)

        const reversed = await call(
          api.get(
            "/admin/audit-entries?created_after=2026-02-01&created_before=2026-01-01",
            admin
          )
        )
        expect(reversed.status).toBe(400)
        expect(JSON.stringify(reversed.data)).toMatch(/created_after/)

        const seller = await signUpSeller(api, {
          email: "bukan-operator@toko.test",
          name: "Bukan Operator",
        })
        const denied = await call(
          api.get("/admin/audit-entries", seller.headers)
        )
        expect(denied.status).toBe(401)
        const anonymous = await call(api.get("/admin/audit-entries"))
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
