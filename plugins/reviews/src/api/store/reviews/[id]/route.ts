import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateReviewWorkflow } from "../../../../workflows/reviews/workflows/update-review"
import { publicReview, retrieveReviewView } from "../../../helpers"
import { storeOwnReviewFields } from "../../../query-config"
import type { StoreUpdateReviewType } from "../../../validators"

/**
 * PATCH (or POST) /store/reviews/:id — the author edits rating, title or
 * text; the product's rating follows. Another shopper's review answers 404.
 */
export async function PATCH(
  req: AuthenticatedMedusaRequest<StoreUpdateReviewType>,
  res: MedusaResponse
) {
  await updateReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({
    review: publicReview(
      await retrieveReviewView(req.scope, req.params.id, storeOwnReviewFields)
    ),
  })
}

export const POST = PATCH
