import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../../types"
import { refreshProductRatingsStep } from "../steps/refresh-product-ratings"
import {
  retrieveReviewStep,
  updateReviewStep,
  type ReviewContent,
} from "../steps/reviews"
import { PRODUCT_RATING_LOCK, productRatingLockKey } from "../utils/service"

export type UpdateReviewWorkflowInput = ReviewContent & { id: string }

export const updateReviewWorkflowId = "review-update-review"

/**
 * The author edits a review (rating, title, text); the product's rating is
 * recomputed under its lock. Who may edit is checked before (the store
 * route's ownership middleware). A hidden review stays hidden. Emits
 * `review.updated`.
 */
export const updateReviewWorkflow = createWorkflow(
  updateReviewWorkflowId,
  (input: UpdateReviewWorkflowInput) => {
    const found = retrieveReviewStep({ id: input.id })
    const lockKey = transform({ found }, ({ found }) =>
      productRatingLockKey(found.product_id)
    )
    acquireLockStep({ key: lockKey, ...PRODUCT_RATING_LOCK })

    const review = updateReviewStep(input)
    const productIds = transform({ found }, ({ found }) => [found.product_id])
    refreshProductRatingsStep({ product_ids: productIds })

    const event = transform({ found }, ({ found }) => ({
      eventName: ReviewEvents.UPDATED,
      data: { id: found.id, product_id: found.product_id },
    }))
    emitEventStep(event)

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
