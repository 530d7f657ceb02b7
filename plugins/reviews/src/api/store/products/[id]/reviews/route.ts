import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createReviewWorkflow } from "../../../../../workflows/reviews/workflows/create-review"
import {
  listReviewViews,
  publicReview,
  retrieveReviewView,
  runReviewWorkflow,
} from "../../../../helpers"
import {
  storeOwnReviewFields,
  storeReviewFields,
} from "../../../../query-config"
import type { StoreCreateReviewType } from "../../../../validators"

/**
 * GET /store/products/:id/reviews — the product's visible reviews, newest
 * first (`limit` ≤ 50, `offset`), with the product's rating.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const page = req.validatedQuery as { limit: number; offset: number }
  const productId = req.params.id
  const list = await listReviewViews(
    req.scope,
    { product_id: productId, status: "visible" },
    storeReviewFields,
    page
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_rating",
    fields: ["average", "count"],
    filters: { product_id: productId },
  })
  const rating = data[0] as
    { average: number | null; count: number } | undefined
  res.json({
    ...list,
    reviews: list.reviews.map(publicReview),
    rating: { average: rating?.average ?? null, count: rating?.count ?? 0 },
  })
}

/**
 * POST /store/products/:id/reviews — the signed-in shopper reviews a product
 * from one of their delivered orders (403 otherwise); a second review of the
 * same product answers 409 with the id of the one to edit.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreateReviewType>,
  res: MedusaResponse
) {
  let id = ""
  const done = await runReviewWorkflow(res, async () => {
    const { result } = await createReviewWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        product_id: req.params.id,
        customer_id: req.auth_context.actor_id,
      },
    })
    id = result.id
  })
  if (!done) return
  res.json({
    review: publicReview(
      await retrieveReviewView(req.scope, id, storeOwnReviewFields)
    ),
  })
}
