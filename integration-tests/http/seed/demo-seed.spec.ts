import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seedDemoData from "../../../src/scripts/seed"

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
          "api_key",
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

      it("seeds the demo catalogue once and changes nothing when run again", async () => {
        const container = getContainer()
        await seedDemoData({ container, args: [] })
        const first = await counts()

        expect(first.product).toBeGreaterThanOrEqual(12)
        expect(first.product_variant).toBeGreaterThan(first.product)
        expect(first.product_category).toBe(6)
        expect(first.region).toBe(2)
        expect(first.stock_location).toBe(1)
        expect(first.seller).toBe(3)

        const { rows: low } = await dbConnection.raw(
          "select stocked_quantity from inventory_level where deleted_at is null and stocked_quantity < 10"
        )
        expect(low.length).toBeGreaterThan(0)

        await seedDemoData({ container, args: [] })
        expect(await counts()).toEqual(first)
      })

      it("serves the seeded products and categories with the seeded publishable key", async () => {
        const container = getContainer()
        await seedDemoData({ container, args: [] })
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
