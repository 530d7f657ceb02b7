import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import type {
  ProductDayFigures,
  SellerDayFigures,
} from "../../../modules/seller-analytics/types"
import { addDays, dayStart, localDay } from "./days"

/**
 * WHAT COUNTS (the one definition; README "Seller analytics"):
 * - an order counts on the calendar day, in the store's time zone, of its
 *   `created_at` (when it was placed);
 * - only orders with commission lines count (every line the split-order
 *   checkout placed for a seller); an order that is canceled (Medusa status
 *   `canceled`, e.g. by the seller or shopper cancel workflows or a failed
 *   payment) or still a draft counts nowhere — a later cancellation takes it
 *   out of its original day too (the day is recomputed);
 * - revenue = the sum of its lines' `commission_line.base_amount`: the line
 *   totals after discounts, WITHOUT tax, excluding shipping;
 * - commission = the sum of those lines' `commission_line.amount`;
 * - units = the lines' quantities; average order value = revenue / orders.
 *
 * Commission lines are written in the placing checkout's transaction, so
 * their `created_at` is within moments of the order's: they are found by
 * (seller_id, created_at) with a margin, and each order is then placed on its
 * own `created_at` day.
 */
export const COMMISSION_LINE_MARGIN_MS = 60 * 60 * 1000

const ORDER_CHUNK = 500

export type CollectSalesInput = {
  /** First and last day (inclusive, `YYYY-MM-DD`, store time). */
  from: string
  to: string
  timezone: string
  /** Only these sellers; every seller when absent. */
  seller_ids?: string[]
}

export type CollectedSales = {
  sellers: SellerDayFigures[]
  products: ProductDayFigures[]
}

type Line = {
  order_id: string
  line_item_id: string
  seller_id: string
  currency_code: string
  base_amount: unknown
  amount: unknown
}

type OrderRow = {
  id: string
  created_at: string | Date
  status: string
  items?:
    | ({
        id: string
        product_id?: string | null
        product_title?: string | null
        quantity?: unknown
        detail?: { quantity?: unknown } | null
      } | null)[]
    | null
}

const num = (v: unknown) => {
  const n = Number(
    typeof v === "object" && v !== null && "numeric" in v
      ? (v as { numeric: unknown }).numeric
      : (v ?? 0)
  )
  return Number.isFinite(n) ? n : 0
}
/** Sums of money in main units: rounded to 6 decimals against float drift. */
const money = (n: number) => Math.round(n * 1e6) / 1e6

/**
 * The figures of the given days, computed from the source records (orders
 * and commission lines, read through their modules). Pure read: used to
 * recompute the rollup and, for the current day, by reports directly.
 */
export async function collectSales(
  container: MedusaContainer,
  input: CollectSalesInput
): Promise<CollectedSales> {
  const start = dayStart(input.from, input.timezone).getTime()
  const end = dayStart(addDays(input.to, 1), input.timezone).getTime()
  const groups = container.resolve<OrderGroupModuleService>(
    MarketplaceModules.ORDER_GROUP
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const lines = (await groups.listCommissionLines(
    {
      created_at: {
        $gte: new Date(start - COMMISSION_LINE_MARGIN_MS),
        $lt: new Date(end + COMMISSION_LINE_MARGIN_MS),
      },
      ...(input.seller_ids ? { seller_id: input.seller_ids } : {}),
    },
    {
      select: [
        "order_id",
        "line_item_id",
        "seller_id",
        "currency_code",
        "base_amount",
        "amount",
      ],
      take: null,
    }
  )) as unknown as Line[]
  if (!lines.length) return { sellers: [], products: [] }

  const orderIds = [...new Set(lines.map((l) => l.order_id))]
  const orders = new Map<string, OrderRow>()
  for (let i = 0; i < orderIds.length; i += ORDER_CHUNK) {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "created_at",
        "status",
        "items.id",
        "items.product_id",
        "items.product_title",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: {
        id: orderIds.slice(i, i + ORDER_CHUNK),
        created_at: { $gte: new Date(start), $lt: new Date(end) },
      },
    })
    for (const o of data as unknown as OrderRow[]) orders.set(o.id, o)
  }

  const sellers = new Map<string, SellerDayFigures & { ids: Set<string> }>()
  const products = new Map<string, ProductDayFigures>()
  for (const line of lines) {
    const order = orders.get(line.order_id)
    if (!order || order.status === "canceled" || order.status === "draft") {
      continue
    }
    const day = localDay(order.created_at, input.timezone)
    const currency = line.currency_code.toLowerCase()
    const base = num(line.base_amount)

    const sKey = `${line.seller_id}|${day}|${currency}`
    let s = sellers.get(sKey)
    if (!s) {
      s = {
        seller_id: line.seller_id,
        day,
        currency_code: currency,
        orders: 0,
        revenue: 0,
        commission: 0,
        ids: new Set(),
      }
      sellers.set(sKey, s)
    }
    s.ids.add(order.id)
    s.revenue = money(s.revenue + base)
    s.commission = money(s.commission + num(line.amount))

    const item = (order.items ?? []).find((i) => i?.id === line.line_item_id)
    if (!item?.product_id) continue
    const pKey = `${line.seller_id}|${item.product_id}|${day}|${currency}`
    let p = products.get(pKey)
    if (!p) {
      p = {
        seller_id: line.seller_id,
        product_id: item.product_id,
        product_title: item.product_title ?? null,
        day,
        currency_code: currency,
        units: 0,
        revenue: 0,
      }
      products.set(pKey, p)
    }
    p.units += num(item.quantity ?? item.detail?.quantity)
    p.revenue = money(p.revenue + base)
  }
  return {
    sellers: [...sellers.values()].map(({ ids, ...s }) => ({
      ...s,
      orders: ids.size,
    })),
    products: [...products.values()],
  }
}
