import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type SellerAnalyticsModuleService from "../../../modules/seller-analytics/service"
import type {
  ProductTotals,
  SellerDayFigures,
} from "../../../modules/seller-analytics/types"
import { collectSales } from "./collect"
import { addDays, daysBetween, localDay } from "./days"
import { cachedRollupRead } from "./rollup-cache"

/** Orders, revenue and commission of some days; `average_order_value` = revenue / orders. */
export type SalesFigures = {
  orders: number
  revenue: number
  commission: number
  average_order_value: number
}

export type SellerSalesFigures = {
  /** The range, inclusive, in store time. */
  from: string
  to: string
  currency_code: string
  timezone: string
  /** Every seller's (or the given sellers') figures together. */
  total: SalesFigures
  /** Per seller that sold in the range. */
  sellers: ({ seller_id: string } & SalesFigures)[]
  /** Every day of the range, zeros included. */
  days: ({ date: string } & SalesFigures)[]
}

type Row = Record<string, unknown>
const CACHE_MS = 60_000
let storeCurrency: { code: string; digits: number; at: number } | null = null

/**
 * The store's default currency and its decimal digits (reports are in it;
 * orders in other currencies are kept in the rollup but not reported).
 * Cached for a minute: it is read by every report.
 */
export async function reportCurrency(
  container: MedusaContainer
): Promise<{ code: string; digits: number }> {
  if (storeCurrency && Date.now() - storeCurrency.at < CACHE_MS) {
    return storeCurrency
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: [
      "supported_currencies.currency_code",
      "supported_currencies.is_default",
    ],
  })
  const currencies = ((stores[0] as Row)?.supported_currencies ?? []) as {
    currency_code: string
    is_default?: boolean
  }[]
  const code = (
    currencies.find((c) => c.is_default)?.currency_code ??
    currencies[0]?.currency_code ??
    "idr"
  ).toLowerCase()
  const { data } = await query.graph({
    entity: "currency",
    fields: ["code", "decimal_digits"],
    filters: { code },
  })
  storeCurrency = {
    code,
    digits: Number((data[0] as Row)?.decimal_digits ?? 2),
    at: Date.now(),
  }
  return storeCurrency
}

export type SalesRead = {
  from: string
  to: string
  /** Also sum products from this day to `to` (omit: no products). */
  products_from?: string
  seller_ids?: string[]
}

export type SalesData = {
  timezone: string
  today: string
  currency_code: string
  digits: number
  days: SellerDayFigures[]
  products: ProductTotals[]
}

/**
 * The seller-day rows (and product totals) of a range in the report
 * currency: past days from the rollup; the current day (store time)
 * computed live from its orders, so an order shows the moment it is placed
 * whatever the event bus is doing. Never scans orders of other days. The
 * past days' reads are cached until a recompute replaces them
 * (rollup-cache.ts).
 */
export async function readSales(
  container: MedusaContainer,
  input: SalesRead
): Promise<SalesData> {
  const analytics = container.resolve<SellerAnalyticsModuleService>(
    MarketplaceModules.SELLER_ANALYTICS
  )
  const timezone = analytics.getTimezone()
  const today = localDay(Date.now(), timezone)
  const currency = await reportCurrency(container)
  const lastRolled = input.to < today ? input.to : addDays(today, -1)
  const range = {
    currency_code: currency.code,
    seller_ids: input.seller_ids,
  }
  const [pastDays, pastProducts, live] = await Promise.all([
    input.from <= lastRolled
      ? cachedRollupRead(
          container,
          {
            name: "days",
            seller_ids: input.seller_ids,
            parts: [currency.code, input.from, lastRolled],
          },
          () =>
            analytics.listSellerDays({
              ...range,
              from: input.from,
              to: lastRolled,
            })
        )
      : ([] as SellerDayFigures[]),
    input.products_from && input.products_from <= lastRolled
      ? cachedRollupRead(
          container,
          {
            name: "products",
            seller_ids: input.seller_ids,
            parts: [currency.code, input.products_from, lastRolled],
          },
          () =>
            analytics.sumProducts({
              ...range,
              from: input.products_from!,
              to: lastRolled,
            })
        )
      : ([] as ProductTotals[]),
    input.from <= today && today <= input.to
      ? collectSales(container, {
          from: today,
          to: today,
          timezone,
          seller_ids: input.seller_ids,
        })
      : null,
  ])
  // copies: cached rows are shared between requests
  const days = [...pastDays]
  const products = pastProducts.map((p) => ({ ...p }))
  if (live) {
    days.push(...live.sellers.filter((s) => s.currency_code === currency.code))
    if (input.products_from) {
      const byId = new Map(products.map((p) => [p.product_id, p]))
      for (const p of live.products) {
        if (p.currency_code !== currency.code) continue
        const known = byId.get(p.product_id)
        if (known) {
          known.units += p.units
          known.revenue += p.revenue
          known.title = p.product_title ?? known.title
        } else {
          const added = {
            seller_id: p.seller_id,
            product_id: p.product_id,
            title: p.product_title,
            units: p.units,
            revenue: p.revenue,
          }
          byId.set(p.product_id, added)
          products.push(added)
        }
      }
    }
  }
  return {
    timezone,
    today,
    currency_code: currency.code,
    digits: currency.digits,
    days,
    products,
  }
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/** Figures of the rows whose day is in `from`..`to`; AOV rounded to the currency. */
export function sumFigures(
  rows: SellerDayFigures[],
  from: string,
  to: string,
  digits: number
): SalesFigures {
  let orders = 0
  let revenue = 0
  let commission = 0
  for (const r of rows) {
    if (r.day < from || r.day > to) continue
    orders += r.orders
    revenue += r.revenue
    commission += r.commission
  }
  return {
    orders,
    revenue: round(revenue, digits),
    commission: round(commission, digits),
    average_order_value: orders ? round(revenue / orders, digits) : 0,
  }
}

/** Every day of `from`..`to` with its figures, zeros included. */
export function dailySeries(
  rows: SellerDayFigures[],
  from: string,
  to: string,
  digits: number
) {
  const byDay = new Map<string, SellerDayFigures[]>()
  for (const r of rows) {
    if (!byDay.has(r.day)) byDay.set(r.day, [])
    byDay.get(r.day)!.push(r)
  }
  return daysBetween(from, to).map((date) => ({
    date,
    ...sumFigures(byDay.get(date) ?? [], date, date, digits),
  }))
}

/**
 * THE FUNCTION FOR REPORTS: the figures of seller(s) between day `from` and
 * day `to` (inclusive, `YYYY-MM-DD` in the store's time zone) — in total,
 * per seller and per day. E.g. last week's figures of seller S:
 * `getSellerSalesFigures(container, { seller_ids: [S], from: "2026-11-23", to: "2026-11-29" })`.
 * Also available as the workflow step `getSellerSalesFiguresStep`.
 */
export async function getSellerSalesFigures(
  container: MedusaContainer,
  input: { from: string; to: string; seller_ids?: string[] }
): Promise<SellerSalesFigures> {
  const data = await readSales(container, input)
  const bySeller = new Map<string, SellerDayFigures[]>()
  for (const r of data.days) {
    if (!bySeller.has(r.seller_id)) bySeller.set(r.seller_id, [])
    bySeller.get(r.seller_id)!.push(r)
  }
  return {
    from: input.from,
    to: input.to,
    currency_code: data.currency_code,
    timezone: data.timezone,
    total: sumFigures(data.days, input.from, input.to, data.digits),
    sellers: [...bySeller].map(([seller_id, rows]) => ({
      seller_id,
      ...sumFigures(rows, input.from, input.to, data.digits),
    })),
    days: dailySeries(data.days, input.from, input.to, data.digits),
  }
}
