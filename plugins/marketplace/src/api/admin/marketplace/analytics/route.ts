import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { LOW_STOCK_THRESHOLD } from "../../../../types"
import {
  buildSalesDashboard,
  reportDate,
  reportPeriods,
} from "../../../../workflows/analytics/utils/dashboard"
import { sumFigures } from "../../../../workflows/analytics/utils/figures"
import { listSellerLowStock } from "../../../../workflows/analytics/utils/low-stock"
import type { AdminGetMarketplaceAnalyticsType } from "./validators"

type SellerRow = { id: string; name: string; handle: string; status: string }

/**
 * GET /admin/marketplace/analytics — the seller dashboard's figures
 * platform-wide (or of `seller_id`; unknown → 404), plus one row per seller
 * (orders, revenue and commission earned today / week / month to date) and
 * the platform's commission per period. The low-stock list only with
 * `seller_id` (platform-wide it would list every seller's variants).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { date, seller_id } =
    req.validatedQuery as AdminGetMarketplaceAnalyticsType
  const day = reportDate(req.scope, date)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "name", "handle", "status"],
    filters: seller_id ? { id: seller_id } : {},
  })
  const sellers = data as unknown as SellerRow[]
  if (seller_id && !sellers.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller with id: ${seller_id} was not found`
    )
  }
  const { dashboard, rows, digits } = await buildSalesDashboard(req.scope, {
    date: day,
    seller_ids: seller_id ? [seller_id] : undefined,
  })
  const periods = reportPeriods(day)
  const periodFigures = (
    sellerRows: typeof rows,
    name: keyof typeof periods
  ) => {
    const { orders, revenue, commission } = sumFigures(
      sellerRows,
      periods[name].current.from,
      periods[name].current.to,
      digits
    )
    return { orders, revenue, commission }
  }
  const figures = (sellerRows: typeof rows) => ({
    today: periodFigures(sellerRows, "today"),
    week: periodFigures(sellerRows, "week"),
    month: periodFigures(sellerRows, "month"),
  })
  const bySeller = new Map<string, typeof rows>()
  for (const r of rows) {
    if (!bySeller.has(r.seller_id)) bySeller.set(r.seller_id, [])
    bySeller.get(r.seller_id)!.push(r)
  }
  const sellerRows = sellers
    .map((s) => ({
      seller_id: s.id,
      name: s.name,
      handle: s.handle,
      status: s.status,
      ...figures(bySeller.get(s.id) ?? []),
    }))
    .sort(
      (a, b) =>
        b.month.revenue - a.month.revenue || a.handle.localeCompare(b.handle)
    )
  const lowStock = seller_id
    ? await listSellerLowStock(req.scope, seller_id)
    : null
  res.json({
    analytics: {
      ...dashboard,
      commission_total: {
        today: dashboard.periods.today.commission,
        week: dashboard.periods.week.commission,
        month: dashboard.periods.month.commission,
      },
      sellers: sellerRows,
      low_stock: lowStock
        ? { threshold: LOW_STOCK_THRESHOLD, variants: lowStock }
        : null,
    },
  })
}
