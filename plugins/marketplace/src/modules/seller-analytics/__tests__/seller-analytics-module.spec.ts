import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MarketplaceModules } from "../../../types"
import ProductSalesDay from "../models/product-sales-day"
import SellerSalesDay from "../models/seller-sales-day"
import SellerAnalyticsModuleService, {
  parseAnalyticsTimezone,
} from "../service"

jest.setTimeout(60_000)

const seller = (
  seller_id: string,
  day: string,
  orders: number,
  revenue: number
) => ({
  seller_id,
  day,
  currency_code: "idr",
  orders,
  revenue,
  commission: revenue / 10,
})
const product = (
  seller_id: string,
  product_id: string,
  day: string,
  units: number,
  revenue: number,
  product_title = `Produk ${product_id}`
) => ({
  seller_id,
  product_id,
  product_title,
  day,
  currency_code: "idr",
  units,
  revenue,
})

moduleIntegrationTestRunner<SellerAnalyticsModuleService>({
  moduleName: MarketplaceModules.SELLER_ANALYTICS,
  moduleModels: [SellerSalesDay, ProductSalesDay],
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("seller analytics module", () => {
      it("replaces whole days: a second write of a day leaves its rows, never adds", async () => {
        const input = {
          days: ["2026-11-10", "2026-11-11"],
          sellers: [
            seller("sel_a", "2026-11-10", 2, 250_000),
            seller("sel_a", "2026-11-11", 1, 99_999.5),
            seller("sel_b", "2026-11-11", 3, 600_000),
          ],
          products: [
            product("sel_a", "prod_1", "2026-11-10", 3, 250_000),
            product("sel_a", "prod_1", "2026-11-11", 1, 99_999.5, "Batik baru"),
            product("sel_b", "prod_2", "2026-11-11", 4, 600_000),
          ],
        }
        await service.replaceSalesDays(input)
        await service.replaceSalesDays(input)

        const range = {
          from: "2026-11-01",
          to: "2026-11-30",
          currency_code: "idr",
        }
        const rows = await service.listSellerDays(range)
        expect(
          rows.sort((a, b) =>
            (a.seller_id + a.day).localeCompare(b.seller_id + b.day)
          )
        ).toEqual(input.sellers)
        const [stored] = await service.listSellerSalesDays({
          seller_id: "sel_b",
        })
        expect(stored.id).toMatch(/^ssday_/)
        expect(Number(stored.revenue)).toBe(600_000)

        // products summed over the range, the latest day's title
        const totals = await service.sumProducts({
          ...range,
          seller_ids: ["sel_a"],
        })
        expect(totals).toEqual([
          {
            seller_id: "sel_a",
            product_id: "prod_1",
            title: "Batik baru",
            units: 4,
            revenue: 349_999.5,
          },
        ])
      })

      it("replaces only the given sellers' rows of a day when sellers are named", async () => {
        await service.replaceSalesDays({
          days: ["2026-11-11"],
          sellers: [
            seller("sel_a", "2026-11-11", 1, 100),
            seller("sel_b", "2026-11-11", 1, 200),
          ],
          products: [],
        })
        // seller A's day recomputed: its order was cancelled, nothing left
        await service.replaceSalesDays({
          days: ["2026-11-11"],
          seller_ids: ["sel_a"],
          sellers: [],
          products: [],
        })
        const rows = await service.listSellerDays({
          from: "2026-11-11",
          to: "2026-11-11",
          currency_code: "idr",
        })
        expect(rows.map((r) => [r.seller_id, r.revenue])).toEqual([
          ["sel_b", 200],
        ])
        // other currencies are not read
        expect(
          await service.listSellerDays({
            from: "2026-11-11",
            to: "2026-11-11",
            currency_code: "usd",
          })
        ).toEqual([])
      })

      it("has the store's time zone from the options, default Asia/Jakarta", () => {
        expect(service.getTimezone()).toBe("Asia/Jakarta")
        expect(parseAnalyticsTimezone("Asia/Makassar")).toBe("Asia/Makassar")
        expect(() => parseAnalyticsTimezone("Mars/Olympus")).toThrow(
          /analytics_timezone must be an IANA time zone/
        )
      })
    })
  },
})
