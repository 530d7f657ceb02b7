import type { MedusaResponse } from "@medusajs/framework/http"
import { listReviewViews } from "../../helpers"
import {
  sellerOf,
  sellerProductIds,
  type VendorReviewRequest,
} from "../../ownership"
import { vendorReviewFields } from "../../query-config"
import type { VendorListReviewsType } from "../../validators"

/**
 * GET /vendor/reviews — reviews of the caller's products (visible and
 * hidden, with their status), newest first; filters `product_id`, `status`,
 * `rating`, `unanswered`. Another seller's product id lists nothing.
 */
export async function GET(req: VendorReviewRequest, res: MedusaResponse) {
  const { seller_id } = sellerOf(req)
  const params = req.validatedQuery as VendorListReviewsType
  const owned = await sellerProductIds(req, seller_id)
  const productIds = params.product_id
    ? owned.filter((id) => id === params.product_id)
    : owned
  if (!productIds.length) {
    return res.json({
      reviews: [],
      count: 0,
      offset: params.offset,
      limit: params.limit,
    })
  }
  const filters: Record<string, unknown> = { product_id: productIds }
  if (params.status) filters.status = params.status
  if (params.rating) filters.rating = params.rating
  if (params.unanswered !== undefined) {
    filters.reply = params.unanswered ? null : { $ne: null }
  }
  res.json(
    await listReviewViews(req.scope, filters, vendorReviewFields, params)
  )
}
