import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { DEFAULT_ANALYTICS_TIMEZONE } from "../../types"
import ProductSalesDay from "./models/product-sales-day"
import SellerSalesDay from "./models/seller-sales-day"
import type {
  ProductTotals,
  ReplaceSalesDaysInput,
  SalesDayRange,
  SellerDayFigures,
} from "./types"

/** Options of @belanjain/marketplace that this module reads. */
export type SellerAnalyticsModuleOptions = {
  /** IANA time zone whose calendar days the reports use. Default Asia/Jakarta. */
  analytics_timezone?: string
}

export function parseAnalyticsTimezone(value: unknown): string {
  if (value === undefined || value === null || value === "") {
    return DEFAULT_ANALYTICS_TIMEZONE
  }
  try {
    // Throws a RangeError for an unknown zone.
    new Intl.DateTimeFormat("en-US", { timeZone: String(value) })
    return String(value)
  } catch {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `@belanjain/marketplace option analytics_timezone must be an IANA time zone such as "Asia/Jakarta", got "${String(value)}"`
    )
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw SQL rows, converted where read
type Row = Record<string, any>

type KnexLike = {
  raw: (
    sql: string,
    bindings: unknown[]
  ) => PromiseLike<{ rows: Row[] }> & {
    transacting: (trx: unknown) => unknown
  }
}

/** Parameterized SQL through knex, inside the manager's transaction when there is one. */
function executor(manager: unknown) {
  const em = manager as {
    getKnex: () => KnexLike
    getTransactionContext: () => unknown
  }
  return async (sql: string, params: unknown[] = []) => {
    const query = em.getKnex().raw(sql, params)
    const trx = em.getTransactionContext()
    if (trx) query.transacting(trx)
    return (await query).rows
  }
}

/** Rows of a range read: days between, currency, optionally some sellers. */
function rangeWhere(range: SalesDayRange) {
  const sql = [
    "day >= ?",
    "day <= ?",
    "currency_code = ?",
    "deleted_at is null",
  ]
  const params: unknown[] = [range.from, range.to, range.currency_code]
  if (range.seller_ids) {
    sql.push("seller_id in (select jsonb_array_elements_text(?::jsonb))")
    params.push(JSON.stringify(range.seller_ids))
  }
  return { sql: sql.join(" and "), params }
}

/**
 * Daily sales rollup per seller and per seller + product. Written only by
 * `replaceSalesDays` (whole days at a time, from the source orders); read by
 * day range, so a report never scans orders.
 */
class SellerAnalyticsModuleService extends MedusaService({
  SellerSalesDay,
  ProductSalesDay,
}) {
  protected readonly timezone_: string

  constructor(
    container: Record<string, unknown>,
    options: SellerAnalyticsModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.timezone_ = parseAnalyticsTimezone(options?.analytics_timezone)
  }

  /** The store's time zone for reports (option `analytics_timezone`). */
  getTimezone(): string {
    return this.timezone_
  }

  /**
   * Replaces the rows of the given days (of the given sellers, or of every
   * seller) with `sellers` and `products`, in one transaction: re-running a
   * recompute leaves the same rows.
   */
  @InjectTransactionManager()
  async replaceSalesDays(
    input: ReplaceSalesDaysInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ sellers: number; products: number }> {
    const db = executor(sharedContext.transactionManager)
    if (!input.days.length) return { sellers: 0, products: 0 }
    const where = ["day in (select jsonb_array_elements_text(?::jsonb))"]
    const params: unknown[] = [JSON.stringify(input.days)]
    if (input.seller_ids) {
      where.push("seller_id in (select jsonb_array_elements_text(?::jsonb))")
      params.push(JSON.stringify(input.seller_ids))
    }
    for (const table of ["seller_sales_day", "product_sales_day"]) {
      await db(`delete from ${table} where ${where.join(" and ")}`, params)
    }
    if (input.sellers.length) {
      await db(
        `insert into seller_sales_day
           (id, seller_id, day, currency_code, orders, revenue, raw_revenue, commission, raw_commission)
         select r.id, r.seller_id, r.day, r.currency_code, r.orders,
                r.revenue, jsonb_build_object('value', r.revenue::text, 'precision', 20),
                r.commission, jsonb_build_object('value', r.commission::text, 'precision', 20)
           from jsonb_to_recordset(?::jsonb) as r(id text, seller_id text, day text,
                currency_code text, orders int, revenue numeric, commission numeric)`,
        [
          JSON.stringify(
            input.sellers.map((s) => ({
              ...s,
              id: generateEntityId(undefined, "ssday"),
            }))
          ),
        ]
      )
    }
    if (input.products.length) {
      await db(
        `insert into product_sales_day
           (id, seller_id, product_id, product_title, day, currency_code, units, revenue, raw_revenue)
         select r.id, r.seller_id, r.product_id, r.product_title, r.day, r.currency_code,
                r.units, r.revenue, jsonb_build_object('value', r.revenue::text, 'precision', 20)
           from jsonb_to_recordset(?::jsonb) as r(id text, seller_id text, product_id text,
                product_title text, day text, currency_code text, units int, revenue numeric)`,
        [
          JSON.stringify(
            input.products.map((p) => ({
              ...p,
              id: generateEntityId(undefined, "psday"),
            }))
          ),
        ]
      )
    }
    return { sellers: input.sellers.length, products: input.products.length }
  }

  /** The seller-day rows of a range (one index range scan on `day`). */
  @InjectManager()
  async listSellerDays(
    range: SalesDayRange,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SellerDayFigures[]> {
    const db = executor(sharedContext.manager)
    const { sql, params } = rangeWhere(range)
    const rows = await db(
      `select seller_id, day, currency_code, orders, revenue::float8 as revenue,
              commission::float8 as commission
         from seller_sales_day where ${sql}`,
      params
    )
    return rows.map((r) => ({
      seller_id: r.seller_id,
      day: r.day,
      currency_code: r.currency_code,
      orders: Number(r.orders),
      revenue: Number(r.revenue),
      commission: Number(r.commission),
    }))
  }

  /** Units and revenue per product over a range, summed in Postgres. */
  @InjectManager()
  async sumProducts(
    range: SalesDayRange,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProductTotals[]> {
    const db = executor(sharedContext.manager)
    const { sql, params } = rangeWhere(range)
    const rows = await db(
      `select seller_id, product_id,
              (array_agg(product_title order by day desc))[1] as title,
              sum(units)::int as units, sum(revenue)::float8 as revenue
         from product_sales_day where ${sql}
        group by seller_id, product_id`,
      params
    )
    return rows.map((r) => ({
      seller_id: r.seller_id,
      product_id: r.product_id,
      title: r.title ?? null,
      units: Number(r.units),
      revenue: Number(r.revenue),
    }))
  }
}

export default SellerAnalyticsModuleService
