import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import {
  recomputeOrderSalesWorkflow,
  recomputeSellerSalesWorkflow,
} from "@belanjain/marketplace/workflows"
import { call } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import {
  orderRecord,
  placeOrder,
  type PlacedGroup,
  vendorAction,
} from "../../helpers/orders"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * Seller analytics against a fixture spanning two weeks (and a day of the
 * month before), read "as of" Wednesday 2026-11-11 in Asia/Jakarta (UTC+7).
 *
 * Seller A (batik): BTK-1 Rp150.000, BTK-2 Rp100.000 (one product "Produk
 * batik"); seller B (sepatu): SPT-1 Rp450.000 ("Produk sepatu"). No tax, no
 * discounts, 10 % commission; shipping never counts. Placed (Jakarta time):
 *
 *   O1 2026-10-05 10:00  A: BTK-1 ×1 = 150.000          (previous month)
 *   O2 2026-11-02 10:00  A: BTK-2 ×2 = 200.000           (previous week, month)
 *                        B: SPT-1 ×2 = 900.000           (one checkout, two orders)
 *   O3 2026-11-05 10:00  A: BTK-1 ×1 = 150.000           (month; after the previous week's span)
 *   O4 2026-11-09 09:00  A: BTK-2 ×1 = 100.000           (this week)
 *   O5 2026-11-10 23:59  A: BTK-1 ×1 = 150.000           (yesterday — 16:59 UTC)
 *   O6 2026-11-11 00:01  A: BTK-2 ×3 = 300.000           (today — 17:01 UTC on the 10th)
 *                        B: SPT-1 ×1 = 450.000
 *   O7 2026-11-11 12:00  A: BTK-1 ×1 = 150.000           cancelled by the seller: counts nowhere
 *   O8 2026-11-12 08:00  A: BTK-1 ×1 = 150.000           after the report day
 */
const DAY = "2026-11-11"
const PLACED_AT: Record<string, string> = {
  O1: "2026-10-05T03:00:00.000Z",
  O2: "2026-11-02T03:00:00.000Z",
  O3: "2026-11-05T03:00:00.000Z",
  O4: "2026-11-09T02:00:00.000Z",
  O5: "2026-11-10T16:59:00.000Z",
  O6: "2026-11-10T17:01:00.000Z",
  O7: "2026-11-11T05:00:00.000Z",
  O8: "2026-11-12T01:00:00.000Z",
}

/** Reads until `ok` holds (events are handled asynchronously); the last read. */
async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 15_000
): Promise<T> {
  const end = Date.now() + timeoutMs
  let value = await read()
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200))
    value = await read()
  }
  return value
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let market: Market
    const groups: Record<string, PlacedGroup> = {}
    const A = () => market.sellers[0]
    const B = () => market.sellers[1]
    const line = (seller: number, variant: number, quantity: number) => ({
      variant_id: market.sellers[seller].variants[variant].id,
      quantity,
    })

    /**
     * Moves a checkout's orders to a fixed past instant. The Store API can
     * only place orders now, and the report needs orders on known past days
     * (and on both sides of a Jakarta midnight), so the test sets the
     * placement time with its own DB connection: the orders' `created_at`
     * and their commission lines' (written in the same checkout).
     */
    async function placedAt(group: PlacedGroup, iso: string) {
      const ids = group.orders.map((o) => o.id)
      await dbConnection.raw(
        `update "order" set created_at = ? where id = any(?::text[])`,
        [iso, `{${ids.join(",")}}`]
      )
      await dbConnection.raw(
        `update commission_line set created_at = ? where order_id = any(?::text[])`,
        [iso, `{${ids.join(",")}}`]
      )
    }

    const recompute = () =>
      recomputeSellerSalesWorkflow(getContainer()).run({
        input: { from: "2026-10-01", to: "2026-11-30" },
      })

    const vendorAnalytics = (seller: { headers: unknown }, qs = "") =>
      call(api.get(`/vendor/analytics${qs}`, seller.headers))

    beforeAll(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          shipping: 10_000,
          variants: [
            { sku: "BTK-1", price: 150_000, stock: 50 },
            { sku: "BTK-2", price: 100_000, stock: 15 },
          ],
        },
        {
          handle: "sepatu",
          shipping: 20_000,
          variants: [{ sku: "SPT-1", price: 450_000, stock: 10 }],
        },
      ])
      // Reports are in the store's default currency: rupiah, as the seed sets it.
      const {
        data: [store],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "store", fields: ["id"] })
      await updateStoresWorkflow(getContainer()).run({
        input: {
          selector: { id: store.id },
          update: {
            supported_currencies: [{ currency_code: "idr", is_default: true }],
          },
        },
      })
      const plan: [string, { variant_id: string; quantity: number }[]][] = [
        ["O1", [line(0, 0, 1)]],
        ["O2", [line(0, 1, 2), line(1, 0, 2)]],
        ["O3", [line(0, 0, 1)]],
        ["O4", [line(0, 1, 1)]],
        ["O5", [line(0, 0, 1)]],
        ["O6", [line(0, 1, 3), line(1, 0, 1)]],
        ["O7", [line(0, 0, 1)]],
        ["O8", [line(0, 0, 1)]],
      ]
      for (const [name, lines] of plan) {
        groups[name] = await placeOrder(api, getContainer(), market, lines)
        await placedAt(groups[name], PLACED_AT[name])
      }
      // The backfill: the rollup of every fixture day, from the orders.
      await recompute()
    })

    it("reports a seller's figures as of a past day, exactly, and drops a cancelled order from its day", async () => {
      // Before the cancellation O7 counts on 2026-11-11: O6 + O7.
      const before = await vendorAnalytics(A(), `?date=${DAY}`)
      expect(before.status).toBe(200)
      expect(before.data.analytics.periods.today).toMatchObject({
        orders: 2,
        revenue: 450_000,
      })

      const o7 = groups.O7.orderOf(A())
      const cancelled = await vendorAction(api, A(), o7.id, "cancel", {
        reason: "stok habis",
      })
      expect(cancelled.status).toBe(200)
      expect((await orderRecord(getContainer(), o7.id)).status).toBe("canceled")

      // The cancel subscriber recomputes O7's original day: it counts nowhere.
      const analytics = await until(
        async () => (await vendorAnalytics(A(), `?date=${DAY}`)).data.analytics,
        (a) => a.periods.today.orders === 1
      )

      expect(analytics.date).toBe(DAY)
      expect(analytics.timezone).toBe("Asia/Jakarta")
      expect(analytics.currency_code).toBe("idr")

      // today = O6's A order (300.000); yesterday = O5 (150.000, 23:59).
      expect(analytics.periods.today).toEqual({
        from: "2026-11-11",
        to: "2026-11-11",
        orders: 1,
        revenue: 300_000,
        commission: 30_000,
        average_order_value: 300_000,
        previous: {
          from: "2026-11-10",
          to: "2026-11-10",
          orders: 1,
          revenue: 150_000,
          commission: 15_000,
          average_order_value: 150_000,
        },
        change: {
          orders: 0,
          revenue: 100,
          commission: 100,
          average_order_value: 100,
        },
      })
      // week Mon 09–Wed 11 = O4 + O5 + O6 = 100k + 150k + 300k over 3 orders
      // (AOV 183.333,3 → 183.333 whole rupiah); previous Mon 02–Wed 04 = O2
      // (200k). Changes: +175 %, +200 %, (183333 − 200000) / 200000 = −8,3 %.
      expect(analytics.periods.week).toEqual({
        from: "2026-11-09",
        to: "2026-11-11",
        orders: 3,
        revenue: 550_000,
        commission: 55_000,
        average_order_value: 183_333,
        previous: {
          from: "2026-11-02",
          to: "2026-11-04",
          orders: 1,
          revenue: 200_000,
          commission: 20_000,
          average_order_value: 200_000,
        },
        change: {
          orders: 200,
          revenue: 175,
          commission: 175,
          average_order_value: -8.3,
        },
      })
      // month 01–11 Nov = O2 + O3 + O4 + O5 + O6 = 900k over 5 orders;
      // previous 01–11 Oct = O1 (150k).
      expect(analytics.periods.month).toEqual({
        from: "2026-11-01",
        to: "2026-11-11",
        orders: 5,
        revenue: 900_000,
        commission: 90_000,
        average_order_value: 180_000,
        previous: {
          from: "2026-10-01",
          to: "2026-10-11",
          orders: 1,
          revenue: 150_000,
          commission: 15_000,
          average_order_value: 150_000,
        },
        change: {
          orders: 400,
          revenue: 500,
          commission: 500,
          average_order_value: 20,
        },
      })

      const day = (date: string, orders: number, revenue: number) => ({
        date,
        orders,
        revenue,
        commission: revenue / 10,
        average_order_value: orders ? revenue / orders : 0,
      })
      expect(analytics.series.last_7_days).toEqual([
        day("2026-11-05", 1, 150_000), // O3
        day("2026-11-06", 0, 0),
        day("2026-11-07", 0, 0),
        day("2026-11-08", 0, 0),
        day("2026-11-09", 1, 100_000), // O4
        day("2026-11-10", 1, 150_000), // O5, 23:59 Jakarta
        day("2026-11-11", 1, 300_000), // O6, 00:01 Jakarta; O7 cancelled
      ])
      expect(analytics.series.last_30_days).toHaveLength(30)
      expect(analytics.series.last_30_days[0].date).toBe("2026-10-13")
      expect(
        analytics.series.last_30_days.reduce(
          (s: number, d: Row) => s + d.revenue,
          0
        )
      ).toBe(900_000)

      // 13 Oct – 11 Nov: units 2 (O2) + 1 + 1 + 1 + 3 (O6) = 8, 900.000
      const productA = {
        id: expect.any(String),
        title: "Produk batik",
        seller_id: A().id,
        units: 8,
        revenue: 900_000,
      }
      expect(analytics.top_products).toEqual({
        from: "2026-10-13",
        to: "2026-11-11",
        by_units: [productA],
        by_revenue: [productA],
      })

      // Stock now (not as of the day): BTK-2 15 − 6 reserved = 9 < 10;
      // BTK-1 50 − 4 = 46 (O7's unit came back); B's SPT-1 is not A's.
      expect(analytics.low_stock).toEqual({
        threshold: 10,
        variants: [
          {
            variant_id: A().variants[1].id,
            product_id: expect.any(String),
            product_title: "Produk batik",
            variant_title: "BTK-2",
            sku: "BTK-2",
            location_id: A().location_id,
            available_quantity: 9,
          },
        ],
      })

      // A re-run of the backfill, and the placement event of O6 handled
      // twice more (a re-delivered event), change nothing.
      await recompute()
      for (let i = 0; i < 2; i++) {
        await recomputeOrderSalesWorkflow(getContainer()).run({
          input: { order_ids: groups.O6.orders.map((o) => o.id) },
        })
      }
      const again = await vendorAnalytics(A(), `?date=${DAY}`)
      expect(again.data.analytics).toEqual(analytics)
      // (Up to the fixture's last month: the placement subscribers may also
      // have written the real current day, before the test moved the orders.)
      const { rows } = await dbConnection.raw(
        `select day, orders, revenue::int as revenue from seller_sales_day
          where seller_id = ? and day <= '2026-11-30' order by day`,
        [A().id]
      )
      expect(rows).toEqual([
        { day: "2026-10-05", orders: 1, revenue: 150_000 },
        { day: "2026-11-02", orders: 1, revenue: 200_000 },
        { day: "2026-11-05", orders: 1, revenue: 150_000 },
        { day: "2026-11-09", orders: 1, revenue: 100_000 },
        { day: "2026-11-10", orders: 1, revenue: 150_000 },
        { day: "2026-11-11", orders: 1, revenue: 300_000 },
        { day: "2026-11-12", orders: 1, revenue: 150_000 },
      ])
    })

    it("gives operators the platform's figures, a row per seller and the commission", async () => {
      // Each test starts from the fixture, where O7 still counts: cancel it
      // (the seller's cancel flow), then recompute instead of waiting for the
      // subscriber.
      await vendorAction(api, A(), groups.O7.orderOf(A()).id, "cancel", {})
      await recompute()

      const res = await call(
        api.get(`/admin/marketplace/analytics?date=${DAY}`, market.admin)
      )
      expect(res.status).toBe(200)
      const analytics = res.data.analytics
      // today: A 300k (O6) + B 450k (O6) = 750k over 2 seller orders;
      // yesterday: O5 150k. week: A 550k/3 + B 450k/1 = 1.000.000/4 against
      // A 200k + B 900k (O2) = 1.100.000/2. month: A 900k/5 + B 1.350.000/2
      // = 2.250.000/7 (AOV 321.428,6 → 321.429) against O1 150k/1.
      expect(analytics.periods.today).toMatchObject({
        orders: 2,
        revenue: 750_000,
        commission: 75_000,
        average_order_value: 375_000,
        previous: { orders: 1, revenue: 150_000, average_order_value: 150_000 },
        change: {
          orders: 100,
          revenue: 400,
          commission: 400,
          average_order_value: 150,
        },
      })
      expect(analytics.periods.week).toMatchObject({
        orders: 4,
        revenue: 1_000_000,
        commission: 100_000,
        average_order_value: 250_000,
        previous: {
          orders: 2,
          revenue: 1_100_000,
          average_order_value: 550_000,
        },
        // (1.000.000 − 1.100.000) / 1.100.000 = −9,1 %; (250k − 550k) / 550k = −54,5 %
        change: {
          orders: 100,
          revenue: -9.1,
          commission: -9.1,
          average_order_value: -54.5,
        },
      })
      expect(analytics.periods.month).toMatchObject({
        orders: 7,
        revenue: 2_250_000,
        commission: 225_000,
        average_order_value: 321_429,
        previous: { orders: 1, revenue: 150_000, average_order_value: 150_000 },
        // (321.429 − 150.000) / 150.000 = +114,3 %
        change: {
          orders: 600,
          revenue: 1400,
          commission: 1400,
          average_order_value: 114.3,
        },
      })
      expect(analytics.commission_total).toEqual({
        today: 75_000,
        week: 100_000,
        month: 225_000,
      })
      // Sellers by month revenue: B (O2 900k + O6 450k), then A.
      expect(analytics.sellers).toEqual([
        {
          seller_id: B().id,
          name: "Toko sepatu",
          handle: "sepatu",
          status: "active",
          today: { orders: 1, revenue: 450_000, commission: 45_000 },
          week: { orders: 1, revenue: 450_000, commission: 45_000 },
          month: { orders: 2, revenue: 1_350_000, commission: 135_000 },
        },
        {
          seller_id: A().id,
          name: "Toko batik",
          handle: "batik",
          status: "active",
          today: { orders: 1, revenue: 300_000, commission: 30_000 },
          week: { orders: 3, revenue: 550_000, commission: 55_000 },
          month: { orders: 5, revenue: 900_000, commission: 90_000 },
        },
      ])
      // Units: A 8, B 3 (O2 2 + O6 1); revenue: B 1.350.000, A 900.000.
      const units = analytics.top_products.by_units.map((p: Row) => [
        p.title,
        p.units,
        p.revenue,
      ])
      expect(units).toEqual([
        ["Produk batik", 8, 900_000],
        ["Produk sepatu", 3, 1_350_000],
      ])
      expect(
        analytics.top_products.by_revenue.map((p: Row) => p.title)
      ).toEqual(["Produk sepatu", "Produk batik"])
      expect(analytics.low_stock).toBeNull()

      // seller_id narrows everything to that seller
      const onlyB = await call(
        api.get(
          `/admin/marketplace/analytics?date=${DAY}&seller_id=${B().id}`,
          market.admin
        )
      )
      expect(onlyB.status).toBe(200)
      expect(onlyB.data.analytics.periods.month).toMatchObject({
        orders: 2,
        revenue: 1_350_000,
        commission: 135_000,
        previous: { orders: 0, revenue: 0 },
        change: { orders: null, revenue: null, average_order_value: null },
      })
      expect(onlyB.data.analytics.sellers.map((s: Row) => s.seller_id)).toEqual(
        [B().id]
      )
      // SPT-1: 10 − 3 reserved = 7
      expect(
        onlyB.data.analytics.low_stock.variants.map((v: Row) => [
          v.sku,
          v.available_quantity,
        ])
      ).toEqual([["SPT-1", 7]])

      const unknown = await call(
        api.get(`/admin/marketplace/analytics?seller_id=sel_nope`, market.admin)
      )
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("sel_nope")
    })

    it("shows an order placed now in today's figures at once, and keeps sellers apart", async () => {
      const todayBefore = (await vendorAnalytics(A())).data.analytics
      expect(todayBefore.periods.today).toMatchObject({ orders: 0, revenue: 0 })
      const unitsBefore = todayBefore.top_products.by_units[0]?.units ?? 0
      const revenueBefore = todayBefore.top_products.by_units[0]?.revenue ?? 0

      const group = await placeOrder(api, getContainer(), market, [
        line(0, 0, 2),
        line(1, 0, 1),
      ])
      // No waiting: the current day is computed from the orders.
      const a = (await vendorAnalytics(A())).data.analytics
      expect(a.periods.today).toMatchObject({
        orders: 1,
        revenue: 300_000,
        commission: 30_000,
        average_order_value: 300_000,
      })
      expect(a.series.last_7_days.at(-1)).toMatchObject({
        date: a.date,
        orders: 1,
        revenue: 300_000,
      })
      // Top products of the last 30 days to today: 2 more units, 300.000 more
      // (how many fixture days the window still covers depends on the date).
      expect(a.top_products.by_units[0]).toMatchObject({
        title: "Produk batik",
        units: unitsBefore + 2,
        revenue: revenueBefore + 300_000,
      })
      expect(group.orders).toHaveLength(2)

      // Seller B sees only its own order and products, never A's.
      const b = (await vendorAnalytics(B())).data.analytics
      expect(b.periods.today).toMatchObject({ orders: 1, revenue: 450_000 })
      expect(b.top_products.by_units.map((p: Row) => p.title)).toEqual([
        "Produk sepatu",
      ])
      const bPast = (await vendorAnalytics(B(), `?date=${DAY}`)).data.analytics
      expect(bPast.periods.month).toMatchObject({
        orders: 2,
        revenue: 1_350_000,
      })
      expect(bPast.low_stock.variants.map((v: Row) => v.sku)).toEqual(["SPT-1"])
      // A seller's token cannot ask for another seller.
      const foreign = await vendorAnalytics(A(), `?seller_id=${B().id}`)
      expect(foreign.status).toBe(400)
    })

    it("refuses a malformed or future date, naming date", async () => {
      for (const bad of ["2026-13-01", "11-11-2026", "2026-02-30", "kemarin"]) {
        const res = await vendorAnalytics(A(), `?date=${bad}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("date")
      }
      const future = await vendorAnalytics(A(), `?date=2999-01-01`)
      expect(future.status).toBe(400)
      expect(future.data.message).toMatch(/^date must not be after today/)
      const admin = await call(
        api.get(`/admin/marketplace/analytics?date=2999-01-01`, market.admin)
      )
      expect(admin.status).toBe(400)
      expect(admin.data.message).toContain("date")
    })
  },
})
