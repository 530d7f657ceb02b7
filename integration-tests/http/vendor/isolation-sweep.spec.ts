import fs from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpSeller } from "../../helpers/actors"
import { createSellerShippingOption } from "../../helpers/shipping"
import {
  ensureDefaultShippingProfile,
  productBody,
} from "../../helpers/products"

jest.setTimeout(240_000)

const VENDOR_API = path.resolve(
  __dirname,
  "../../../plugins/marketplace/src/api/vendor"
)

/** Every /vendor route file with the HTTP methods it exports. */
function vendorRoutes(): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const methods = [
          ...source.matchAll(
            /export (?:async function|const) (GET|POST|DELETE)\b/g
          ),
        ].map((m) => m[1])
        const rel = path.relative(VENDOR_API, path.dirname(full))
        out.push({ path: `/vendor/${rel}`.replace(/\/$/, ""), methods })
      }
    }
  }
  walk(VENDOR_API)
  return out
}

/**
 * Which seller-owned record fills each dynamic segment. A new /vendor route
 * with an id segment must be added here, or this sweep fails.
 */
const SEGMENT_OWNER: Record<
  string,
  "product" | "seller_member" | "shipping_option" | "order"
> = {
  "/vendor/products/[id]": "product",
  "/vendor/sellers/me/members/[id]": "seller_member",
  "/vendor/shipping-options/[id]": "shipping_option",
  "/vendor/orders/[id]": "order",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    describe("isolation sweep over every /vendor route", () => {
      it("answers 404 to seller B on each of seller A's ids, lists no A rows, and changes nothing", async () => {
        await ensureDefaultShippingProfile(getContainer())
        const a = await signUpSeller(api, {
          email: "a@toko-a.id",
          name: "Toko A",
        })
        const b = await signUpSeller(api, {
          email: "b@toko-b.id",
          name: "Toko B",
        })
        const created = await api.post(
          "/vendor/products",
          productBody({ title: "Barang A", sku_prefix: "A" }),
          a.headers
        )
        const aProduct = created.data.product
        const invited = await api.post(
          "/vendor/sellers/me/members",
          { email: "staf@toko-a.id" },
          a.headers
        )
        const aOption = await createSellerShippingOption(api, a.headers, {
          name: "Kurir A",
          rate_type: "flat",
          amount: 15000,
        })
        // An order of A's (the order module plus the seller link, as the
        // split checkout leaves it; checkout itself is tested elsewhere).
        const [aOrder] = await getContainer()
          .resolve(Modules.ORDER)
          .createOrders([
            {
              currency_code: "idr",
              email: "pembeli@example.com",
              items: [{ title: "Barang A", quantity: 1, unit_price: 1000 }],
            },
          ])
        await getContainer()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({
            seller: { seller_id: a.seller.id },
            [Modules.ORDER]: { order_id: aOrder.id },
          })
        const aIds = {
          product: aProduct.id as string,
          seller_member: invited.data.member.id as string,
          shipping_option: aOption.id,
          order: aOrder.id,
        }
        await api.post(
          "/vendor/products",
          productBody({ title: "Barang B", sku_prefix: "B" }),
          b.headers
        )

        const snapshot = async () =>
          (
            await dbConnection.raw(
              `select id, title, status, deleted_at, updated_at from product order by id`
            )
          ).rows
        const before = await snapshot()
        const optionSnapshot = async () =>
          (
            await dbConnection.raw(
              `select id, name, data, deleted_at, updated_at from shipping_option order by id`
            )
          ).rows
        const optionsBefore = await optionSnapshot()

        const routes = vendorRoutes()
        expect(routes.length).toBeGreaterThan(5)
        const idRoutes = routes.filter((r) => r.path.includes("["))
        expect(idRoutes.length).toBeGreaterThan(0)

        for (const route of idRoutes) {
          const prefix = route.path.slice(0, route.path.indexOf("]") + 1)
          const owner = SEGMENT_OWNER[prefix]
          if (!owner) {
            throw new Error(
              `${route.path}: add its id segment to SEGMENT_OWNER in this sweep`
            )
          }
          const url = route.path.replace("[id]", aIds[owner])
          for (const method of route.methods) {
            const res = await call(
              method === "GET"
                ? api.get(url, b.headers)
                : method === "DELETE"
                  ? api.delete(url, b.headers)
                  : api.post(url, { title: "dirampas" }, b.headers)
            )
            expect({ method, url, status: res.status }).toEqual({
              method,
              url,
              status: 404,
            })
          }
        }

        // Lists and reads without ids never carry A's rows.
        for (const route of routes.filter(
          (r) => !r.path.includes("[") && r.methods.includes("GET")
        )) {
          const res = await call(api.get(route.path, b.headers))
          expect(res.status).toBe(200)
          expect(JSON.stringify(res.data)).not.toContain(aProduct.id)
          expect(JSON.stringify(res.data)).not.toContain(aIds.seller_member)
          expect(JSON.stringify(res.data)).not.toContain(aIds.order)
          expect(JSON.stringify(res.data)).not.toContain("Barang A")
          expect(JSON.stringify(res.data)).not.toContain(aIds.shipping_option)
        }

        // A's inventory items are foreign to B in a batch too.
        const aInventory = await api.get("/vendor/inventory", a.headers)
        const batch = await call(
          api.post(
            "/vendor/inventory/batch",
            {
              updates: [
                {
                  inventory_item_id:
                    aInventory.data.inventory[0].inventory_item_id,
                  stocked_quantity: 1,
                },
              ],
            },
            b.headers
          )
        )
        expect(batch.status).toBe(404)

        expect(await snapshot()).toEqual(before)
        expect(await optionSnapshot()).toEqual(optionsBefore)
        const { rows: members } = await dbConnection.raw(
          "select email from seller_member where deleted_at is null order by email"
        )
        expect(members.map((m: any) => m.email)).toEqual([
          "a@toko-a.id",
          "b@toko-b.id",
          "staf@toko-a.id",
        ])
        const { rows: orders } = await dbConnection.raw(
          `select status, canceled_at from "order" where id = ?`,
          [aIds.order]
        )
        expect(orders).toEqual([{ status: "pending", canceled_at: null }])
        const { rows: fulfillments } = await dbConnection.raw(
          "select count(*)::int as n from fulfillment"
        )
        expect(fulfillments[0].n).toBe(0)
        const { rows: levels } = await dbConnection.raw(
          "select sum(stocked_quantity)::int as total from inventory_level"
        )
        expect(levels[0].total).toBe(0)
      })
    })
  },
})
