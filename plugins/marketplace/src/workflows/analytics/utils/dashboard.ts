import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type SellerAnalyticsModuleService from "../../../modules/seller-analytics/service"
import type {
  ProductTotals,
  SellerDayFigures,
} from "../../../modules/seller-analytics/types"
import {
  addDays,
  localDay,
  monthStart,
  previousMonthToDate,
  weekStart,
} from "./days"
import {
  dailySeries,
  readSales,
  sumFigures,
  type SalesFigures,
} from "./figures"

export const TOP_PRODUCTS_LIMIT = 10
/** Top products cover the last 30 days up to the report's day. */
export const TOP_PRODUCTS_DAYS = 30

type Range = { from: string; to: string }

export type PeriodFigures = Range &
  SalesFigures & {
    /** The same span one period earlier (like for like). */
    previous: Range & SalesFigures
    /** Percent change against `previous` (1 decimal); null when the previous is 0. */
    change: Record<keyof SalesFigures, number | null>
  }

export type SalesDashboard = {
  /** The "as of" day (store time) and the store's time zone. */
  date: string
  timezone: string
  currency_code: string
  periods: { today: PeriodFigures; week: PeriodFigures; month: PeriodFigures }
  series: {
    last_7_days: ({ date: string } & SalesFigures)[]
    last_30_days: ({ date: string } & SalesFigures)[]
  }
  top_products: {
    from: string
    to: string
    by_units: TopProduct[]
    by_revenue: TopProduct[]
  }
}

export type TopProduct = {
  id: string
  title: string | null
  seller_id: string
  units: number
  revenue: number
}

export function percentChange(current: number, previous: number) {
  if (!previous) return null
  return Math.round(((current - previous) / previous) * 1000) / 10
}

/** The periods of a day: today, week to date (Monday first), month to date. */
export function reportPeriods(date: string) {
  const week = { from: weekStart(date), to: date }
  return {
    today: {
      current: { from: date, to: date },
      previous: { from: addDays(date, -1), to: addDays(date, -1) },
    },
    week: {
      current: week,
      previous: { from: addDays(week.from, -7), to: addDays(date, -7) },
    },
    month: {
      current: { from: monthStart(date), to: date },
      previous: previousMonthToDate(date),
    },
  }
}

function period(
  rows: SellerDayFigures[],
  p: { current: Range; previous: Range },
  digits: number
): PeriodFigures {
  const current = sumFigures(rows, p.current.from, p.current.to, digits)
  const previous = sumFigures(rows, p.previous.from, p.previous.to, digits)
  return {
    ...p.current,
    ...current,
    previous: { ...p.previous, ...previous },
    change: {
      orders: percentChange(current.orders, previous.orders),
      revenue: percentChange(current.revenue, previous.revenue),
      commission: percentChange(current.commission, previous.commission),
      average_order_value: percentChange(
        current.average_order_value,
        previous.average_order_value
      ),
    },
  }
}

function top(
  products: ProductTotals[],
  by: "units" | "revenue",
  digits: number
) {
  const other = by === "units" ? "revenue" : "units"
  return [...products]
    .filter((p) => p.units > 0 || p.revenue > 0)
    .sort(
      (a, b) =>
        b[by] - a[by] ||
        b[other] - a[other] ||
        a.product_id.localeCompare(b.product_id)
    )
    .slice(0, TOP_PRODUCTS_LIMIT)
    .map((p) => ({
      id: p.product_id,
      title: p.title,
      seller_id: p.seller_id,
      units: p.units,
      revenue: Math.round(p.revenue * 10 ** digits) / 10 ** digits,
    }))
}

/**
 * `date` checked against today in the store's time zone: absent → today; a
 * later day → 400 naming `date`. (The format is checked by the validator.)
 */
export function reportDate(
  container: MedusaContainer,
  date: string | undefined
): string {
  const analytics = container.resolve<SellerAnalyticsModuleService>(
    MarketplaceModules.SELLER_ANALYTICS
  )
  const timezone = analytics.getTimezone()
  const today = localDay(Date.now(), timezone)
  if (date && date > today) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `date must not be after today (${today} in ${timezone}), got ${date}`
    )
  }
  return date ?? today
}

/**
 * The dashboard of seller(s) as of `date`: one rollup read over the days
 * every figure needs (≤ 62 days), today's orders live, products summed in
 * Postgres. Also returns the rows, for per-seller breakdowns.
 */
export async function buildSalesDashboard(
  container: MedusaContainer,
  input: { date: string; seller_ids?: string[] }
): Promise<{
  dashboard: SalesDashboard
  rows: SellerDayFigures[]
  digits: number
}> {
  const date = input.date
  const periods = reportPeriods(date)
  const from30 = addDays(date, -(TOP_PRODUCTS_DAYS - 1))
  const earliest = [
    from30,
    periods.week.previous.from,
    periods.month.previous.from,
  ].sort()[0]
  const data = await readSales(container, {
    from: earliest,
    to: date,
    products_from: from30,
    seller_ids: input.seller_ids,
  })
  const d = data.digits
  return {
    rows: data.days,
    digits: d,
    dashboard: {
      date,
      timezone: data.timezone,
      currency_code: data.currency_code,
      periods: {
        today: period(data.days, periods.today, d),
        week: period(data.days, periods.week, d),
        month: period(data.days, periods.month, d),
      },
      series: {
        last_7_days: dailySeries(data.days, addDays(date, -6), date, d),
        last_30_days: dailySeries(data.days, from30, date, d),
      },
      top_products: {
        from: from30,
        to: date,
        by_units: top(data.products, "units", d),
        by_revenue: top(data.products, "revenue", d),
      },
    },
  }
}
