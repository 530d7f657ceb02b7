import type { MedusaResponse } from "@medusajs/framework/http"
import { LOW_STOCK_THRESHOLD } from "../../../types"
import {
  buildSalesDashboard,
  reportDate,
} from "../../../workflows/analytics/utils/dashboard"
import { listSellerLowStock } from "../../../workflows/analytics/utils/low-stock"
import type { VendorRequest } from "../middlewares"
import type { VendorGetAnalyticsType } from "./validators"

/**
 * GET /vendor/analytics — the caller's sales as of `date` (store time,
 * default today): today / week to date / month to date against the same
 * span one period earlier, the last 7 and 30 days day by day, top products
 * of the last 30 days, and the variants under the low-stock threshold now.
 * What counts: see `collectSales` (workflows/analytics/utils/collect.ts).
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { date } = req.validatedQuery as VendorGetAnalyticsType
  const sellerId = req.seller_context.seller_id
  const day = reportDate(req.scope, date)
  const [{ dashboard }, lowStock] = await Promise.all([
    buildSalesDashboard(req.scope, { date: day, seller_ids: [sellerId] }),
    listSellerLowStock(req.scope, sellerId),
  ])
  res.json({
    analytics: {
      ...dashboard,
      low_stock: {
        threshold: LOW_STOCK_THRESHOLD,
        variants: lowStock,
      },
    },
  })
}
