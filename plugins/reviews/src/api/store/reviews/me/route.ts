import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listReviewViews, publicReview } from "../../../helpers"
import { storeOwnReviewFields } from "../../../query-config"

/** GET /store/reviews/me — the caller's reviews (also hidden ones, with their status), newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const page = req.validatedQuery as { limit: number; offset: number }
  const list = await listReviewViews(
    req.scope,
    { customer_id: req.auth_context.actor_id },
    [...storeOwnReviewFields, "product.id", "product.title", "product.handle"],
    page
  )
  res.json({ ...list, reviews: list.reviews.map(publicReview) })
}
