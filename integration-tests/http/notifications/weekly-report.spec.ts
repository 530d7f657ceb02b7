import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { sendWeeklyReportsWorkflow } from "@belanjain/marketplace/workflows"
import { signUpSeller } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import { placeOrder } from "../../helpers/orders"

jest.setTimeout(300_000)

type Row = Record<string, any>
const WEEKLY = "marketplace-weekly-report-seller"
const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Monday 09:05 in Jakarta (UTC+7) of the week after the one holding `now`. */
function nextMondayAfterNine(now = new Date()): Date {
  const jakarta = new Date(now.getTime() + 7 * HOUR) // Jakarta's wall clock, read as UTC
  const daysToMonday = (8 - jakarta.getUTCDay()) % 7 || 7
  const monday = Date.UTC(
    jakarta.getUTCFullYear(),
    jakarta.getUTCMonth(),
    jakarta.getUTCDate() + daysToMonday,
    9,
    5
  )
  return new Date(monday - 7 * HOUR)
}

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The weekly sales report (R-ANA-3): run as the hourly job runs it, with
 * `now` set to the coming Monday 09:05 in Jakarta, so the reported week is
 * the current one and holds the order placed here.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let sendAt: Date
    let weekStart: string

    beforeAll(async () => {
      const container = getContainer()
      // Reports are in the store's default currency: rupiah, as in the seed.
      const {
        data: [store],
      } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "store", fields: ["id"] })
      await updateStoresWorkflow(container).run({
        input: {
          selector: { id: store.id },
          update: {
            supported_currencies: [{ currency_code: "idr", is_default: true }],
          },
        },
      })
      // Two approved sellers with a product each, and one seller still pending.
      market = await createMarket(container, api, [
        {
          handle: "wr-batik",
          variants: [{ sku: "WR-B", price: 100_000, stock: 20 }],
        },
        {
          handle: "wr-kopi",
          variants: [{ sku: "WR-K", price: 50_000, stock: 20 }],
        },
      ])
      await signUpSeller(api, {
        email: "wr-pending@example.com",
        name: "Toko pending",
        handle: "wr-pending",
      })
      // This week: one checkout, two orders — batik 2 × 100.000, kopi 1 × 50.000.
      const [batik, kopi] = market.sellers
      await placeOrder(api, container, market, [
        { variant_id: batik.variants[0].id, quantity: 2 },
        { variant_id: kopi.variants[0].id, quantity: 1 },
      ])
      sendAt = nextMondayAfterNine()
      // the reported week starts 7 days before sendAt's Monday (Jakarta dates)
      weekStart = ymd(sendAt.getTime() + 7 * HOUR - 7 * DAY)
    })

    async function weeklyMessages(): Promise<Row[]> {
      const log = getContainer().resolve("marketplace_message") as any
      return log.listMarketplaceMessages(
        { template: WEEKLY },
        { order: { to: "ASC" } }
      )
    }

    it("sends each active seller the week's figures once, however often it runs", async () => {
      const run = () =>
        sendWeeklyReportsWorkflow(getContainer()).run({
          input: { now: sendAt.toISOString() },
        })
      const first = await run()
      expect(first.result.week.week_start).toBe(weekStart)
      expect(first.result.outcomes.map((o: Row) => o.status)).toEqual([
        "sent",
        "sent",
      ])

      const messages = await weeklyMessages()
      // the pending seller gets none
      expect(messages.map((m) => m.to)).toEqual([
        "wr-batik@example.com",
        "wr-kopi@example.com",
      ])
      const [batik, kopi] = messages
      expect(batik).toMatchObject({
        status: "sent",
        attempts: 1,
        locale: "id",
        idempotency_key: `weekly-report:${market.sellers[0].id}:${weekStart}`,
      })
      expect(batik.data).toMatchObject({
        seller_name: "Toko wr-batik",
        week_start: weekStart,
        currency_code: "idr",
        revenue: 200_000,
        orders: 1,
        average_order_value: 200_000,
        // nothing the week before
        change_vs_previous_week: {
          revenue_percent: null,
          orders_percent: null,
        },
        top_products: [expect.objectContaining({ units: 2, revenue: 200_000 })],
      })
      expect(kopi.data).toMatchObject({ revenue: 50_000, orders: 1 })
      expect(batik.html).toContain("Toko wr-batik")
      expect(batik.text).toContain("200.000")

      // A second run (a restart, the next hourly run) sends nothing more.
      const second = await run()
      expect(second.result.outcomes).toEqual([])
      // Naming the week explicitly: the send step skips what was sent.
      const third = await sendWeeklyReportsWorkflow(getContainer()).run({
        input: { week_start: weekStart },
      })
      expect(third.result.outcomes).toEqual([])
      const after = await weeklyMessages()
      expect(after.map((m) => [m.to, m.attempts])).toEqual([
        ["wr-batik@example.com", 1],
        ["wr-kopi@example.com", 1],
      ])
    })

    it("runs at the same time still send once per seller", async () => {
      const runs = await Promise.all(
        [1, 2, 3].map(() =>
          sendWeeklyReportsWorkflow(getContainer()).run({
            input: { now: sendAt.toISOString() },
          })
        )
      )
      const statuses = runs.flatMap((r) =>
        r.result.outcomes.map((o: Row) => o.status)
      )
      expect(statuses.filter((s) => s === "sent")).toHaveLength(2)
      expect(statuses.every((s) => s === "sent" || s === "skipped")).toBe(true)
      const messages = await weeklyMessages()
      expect(messages).toHaveLength(2)
      expect(messages.every((m) => m.status === "sent")).toBe(true)
    })

    it("before Monday 09:00 the week just ending is not reported yet", async () => {
      const early = new Date(sendAt.getTime() - 6 * 60_000) // Monday 08:59
      const { result } = await sendWeeklyReportsWorkflow(getContainer()).run({
        input: { now: early.toISOString() },
      })
      // the due week is the one before, when these sellers did not exist yet
      expect(result.week.week_start).toBe(
        ymd(Date.parse(`${weekStart}T00:00:00Z`) - 7 * DAY)
      )
      expect(result.outcomes).toEqual([])
      expect(await weeklyMessages()).toHaveLength(0)
    })

    it("refuses a week_start that is not a Monday, sending nothing", async () => {
      const notMonday = ymd(Date.parse(`${weekStart}T00:00:00Z`) + DAY)
      const { errors } = await sendWeeklyReportsWorkflow(getContainer()).run({
        input: { week_start: notMonday },
        throwOnError: false,
      })
      expect(errors.map((e) => e.error?.message)).toEqual([
        `week_start must be a Monday, got ${notMonday}`,
      ])
      expect(await weeklyMessages()).toHaveLength(0)
    })
  },
})
