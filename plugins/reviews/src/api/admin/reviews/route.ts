import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listReviewViews } from "../../helpers"
import type { AdminListReviewsType } from "../../validators"

/**
 * GET /admin/reviews — every review, newest first; filters `product_id`,
 * `customer_id`, `status`, `rating`; `fields` as on Medusa's admin routes.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { product_id, customer_id, status, rating, limit, offset } =
    req.validatedQuery as AdminListReviewsType
  const filters: Record<string, unknown> = {}
  if (product_id) filters.product_id = product_id
  if (customer_id) filters.customer_id = customer_id
  if (status) filters.status = status
  if (rating) filters.rating = rating
  res.json(
    await listReviewViews(req.scope, filters, req.queryConfig.fields, {
      limit,
      offset,
    })
  )
}
