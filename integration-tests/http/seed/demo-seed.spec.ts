import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import seedDemoData from "../../../src/scripts/seed"
import { eventsSettled } from "../../helpers/events"
import { bearer } from "../../helpers/actors"

jest.setTimeout(180_000)

const CATEGORY_NAMES = [
  "Buku",
  "Elektronik",
  "Fashion",
  "Kesehatan",
  "Makanan",
  "Olahraga",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    // Seeded once, before the runner's snapshot: every test starts from the
    // seeded database (the runner restores it before each test).
    beforeAll(async () => {
      await seedDemoData({ container: getContainer(), args: [] })
      await eventsSettled(getContainer())
    })

    describe("demo seed (src/scripts/seed.ts)", () => {
      const counts = async () => {
        const tables = [
          "product",
          "product_variant",
          "product_category",
          "region",
          "stock_location",
          "shipping_option",
          "inventory_level",
          "seller",
          "seller_member",
          "auth_identity",
          "fulfillment_set",
          "api_key",
          "voucher_router",
          "voucher_package",
          "page",
          "page_version",
        ]
        const out: Record<string, number> = {}
        for (const table of tables) {
          const [{ count }] = await dbConnection
            .raw(
              `select count(*)::int as count from "${table}" where deleted_at is null`
            )
            .then((r: { rows: { count: number }[] }) => r.rows)
          out[table] = count
        }
        return out
      }

      it("seeds the demo catalogue (beforeAll) and changes nothing when run again", async () => {
        const container = getContainer()
        const first = await counts()

        expect(first.product).toBeGreaterThanOrEqual(12)
        expect(first.product_variant).toBeGreaterThan(first.product)
        expect(first.product_category).toBe(6)
        expect(first.region).toBe(2)
        // Gudang Jakarta + one location per seller.
        expect(first.stock_location).toBe(5)
        expect(first.seller).toBe(4)
        expect(first.seller_member).toBe(4)
        expect(first.auth_identity).toBe(4)
        // Hotspot vouchers: the demo router (the fake RouterOS of `npm run
        // dev`, password from the environment) and three packages.
        expect(first.voucher_router).toBe(1)
        expect(first.voucher_package).toBe(3)
        const vouchers = container.resolve("vouchers") as any
        const [router] = await vouchers.listVoucherRouters({})
        expect(router).toMatchObject({
          host: "127.0.0.1",
          api_kind: "rest",
          password_env: "DEMO_ROUTER_PASSWORD",
          password_encrypted: null,
        })
        // Page builder: the home page and a landing page, published once,
        // built from real seeded ids.
        expect(first.page).toBe(2)
        expect(first.page_version).toBe(2)
        const { rows: pages } = await dbConnection.raw(
          "select slug, status, published_version, published_content from page order by slug"
        )
        expect(
          pages.map((p: any) => [p.slug, p.status, p.published_version])
        ).toEqual([
          ["home", "published", 1],
          ["promo-kopi-nusantara", "published", 1],
        ])
        const home = pages[0].published_content.content.content as any[]
        expect(home.length).toBeGreaterThanOrEqual(5)
        const grid = home.find((b) => b.type === "ProductGrid")
        const { rows: cat } = await dbConnection.raw(
          "select id from product_category where id = ?",
          [grid.props.category_id ?? ""]
        )
        expect(grid.props.seller_id || cat.length).toBeTruthy()
        const packages = await vouchers.listVoucherPackages({})
        expect(
          packages
            .map((p: any) => p.validity_hours)
            .sort((a: number, b: number) => a - b)
        ).toEqual([24, 72, 720])

        const { rows: low } = await dbConnection.raw(
          "select stocked_quantity from inventory_level where deleted_at is null and stocked_quantity < 10"
        )
        expect(low.length).toBeGreaterThan(0)

        await seedDemoData({ container, args: [] })
        expect(await counts()).toEqual(first)
      })

      it("gives each active seller its own location and products, and hides the pending seller's product", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)

        const { data: sellers } = await query.graph({
          entity: "seller",
          fields: [
            "id",
            "handle",
            "status",
            "products.id",
            "stock_locations.id",
            "stock_locations.sales_channels.name",
            "stock_locations.fulfillment_providers.id",
            "stock_locations.fulfillment_sets.service_zones.shipping_options.name",
          ],
        })
        const rows = sellers as any[]
        const active = rows.filter((s) => s.status === "active")
        const pending = rows.filter((s) => s.status === "pending")
        expect(active.map((s) => s.handle).sort()).toEqual([
          "butik-nusantara",
          "gerai-sneakers",
          "toko-buku-pelita",
        ])
        expect(pending).toHaveLength(1)

        const locationIds = new Set<string>()
        for (const seller of active) {
          expect(seller.products.length).toBeGreaterThanOrEqual(3)
          expect(seller.stock_locations).toHaveLength(1)
          const [location] = seller.stock_locations
          locationIds.add(location.id)
          expect(location.sales_channels.map((c: any) => c.name)).toContain(
            "Belanjain Storefront"
          )
          expect(
            location.fulfillment_providers.map((p: any) => p.id)
          ).toContain("manual_manual")
          const options = location.fulfillment_sets.flatMap((set: any) =>
            set.service_zones.flatMap((zone: any) =>
              zone.shipping_options.map((o: any) => o.name)
            )
          )
          expect(options).toEqual(
            expect.arrayContaining(["Reguler", "Express"])
          )
        }
        expect(locationIds.size).toBe(3)

        // Every product has exactly one seller; its stock is at that seller's location.
        const { data: products } = await query.graph({
          entity: "product",
          fields: [
            "id",
            "handle",
            "seller.id",
            "sales_channels.name",
            "variants.inventory_items.inventory.location_levels.location_id",
          ],
        })
        const locationOf = new Map(
          rows.map((s) => [s.id, s.stock_locations[0].id])
        )
        for (const product of products as any[]) {
          expect(product.seller?.id).toBeDefined()
          for (const variant of product.variants) {
            // Hotspot vouchers are digital: no stock is kept for them.
            if (product.handle.startsWith("voucher-wifi-")) {
              expect(variant.inventory_items).toEqual([])
              continue
            }
            const levels = variant.inventory_items.flatMap(
              (i: any) => i.inventory.location_levels
            )
            expect(levels.map((l: any) => l.location_id)).toEqual([
              locationOf.get(product.seller.id),
            ])
          }
        }

        const hidden = (products as any[]).filter(
          (p) => p.seller.id === pending[0].id
        )
        expect(hidden).toHaveLength(1)
        expect(hidden[0].sales_channels).toEqual([])

        const { data: keys } = await query.graph({
          entity: "api_key",
          fields: ["token"],
          filters: { title: "Belanjain Storefront", type: "publishable" },
        })
        const headers = { headers: { "x-publishable-api-key": keys[0].token } }
        const listed = await api.get(
          "/store/products?limit=100&fields=id,handle",
          headers
        )
        const handles = listed.data.products.map((p: any) => p.handle)
        expect(handles).not.toContain(hidden[0].handle)
        expect(listed.data.count).toBe(products.length - 1)
      })

      it("lets a seeded seller log in and read its store", async () => {
        const login = await api.post("/auth/seller/emailpass", {
          email: "fashion@belanjain.test",
          password: "belanjain123",
        })
        expect(login.status).toBe(200)
        const me = await api.get("/vendor/sellers/me", bearer(login.data.token))
        expect(me.data.seller).toEqual(
          expect.objectContaining({
            handle: "butik-nusantara",
            status: "active",
          })
        )
      })

      it("serves the seeded products and categories with the seeded publishable key", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: keys } = await query.graph({
          entity: "api_key",
          fields: ["token"],
          filters: { title: "Belanjain Storefront", type: "publishable" },
        })
        expect(keys).toHaveLength(1)
        const headers = { headers: { "x-publishable-api-key": keys[0].token } }

        const products = await api.get("/store/products?limit=1", headers)
        expect(products.data.count).toBeGreaterThanOrEqual(12)

        const categories = await api.get(
          "/store/product-categories?limit=50&fields=name",
          headers
        )
        expect(
          categories.data.product_categories
            .map((c: { name: string }) => c.name)
            .sort()
        ).toEqual(CATEGORY_NAMES)

        const { data: regions } = await query.graph({
          entity: "region",
          fields: ["id", "currency_code"],
          filters: { name: "Indonesia" },
        })
        expect(regions[0].currency_code).toBe("idr")
        const priced = await api.get(
          `/store/products?limit=100&region_id=${regions[0].id}&fields=*variants.calculated_price`,
          headers
        )
        const amounts = priced.data.products.flatMap(
          (p: {
            variants: {
              calculated_price: {
                calculated_amount: number
                currency_code: string
              }
            }[]
          }) => p.variants.map((v) => v.calculated_price)
        )
        expect(amounts.length).toBeGreaterThan(0)
        for (const price of amounts) {
          expect(price.currency_code).toBe("idr")
          expect(Number.isInteger(price.calculated_amount)).toBe(true) // IDR has no cents
        }
      })
    })
  },
})
