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
import { ReviewEvents, type ReviewStatus } from "../../../types"
import { refreshProductRatingsStep } from "../steps/refresh-product-ratings"
import { retrieveReviewStep, updateReviewStatusStep } from "../steps/reviews"
import { PRODUCT_RATING_LOCK, productRatingLockKey } from "../utils/service"

export type UpdateReviewStatusWorkflowInput = {
  id: string
  status: ReviewStatus
  /** The operator (user id). */
  actor_id?: string | null
}

export const updateReviewStatusWorkflowId = "review-update-review-status"

/**
 * Operator moderation: hides a visible review or shows a hidden one (the
 * status table, checked in one step), and recomputes the product's rating
 * under its lock: a hidden review counts for nothing. Emits `review.hidden`
 * or `review.shown`.
 */
export const updateReviewStatusWorkflow = createWorkflow(
  updateReviewStatusWorkflowId,
  (input: UpdateReviewStatusWorkflowInput) => {
    const found = retrieveReviewStep({ id: input.id })
    const lockKey = transform({ found }, ({ found }) =>
      productRatingLockKey(found.product_id)
    )
    acquireLockStep({ key: lockKey, ...PRODUCT_RATING_LOCK })

    const review = updateReviewStatusStep(input)
    const productIds = transform({ found }, ({ found }) => [found.product_id])
    refreshProductRatingsStep({ product_ids: productIds })

    const event = transform({ found, input }, ({ found, input }) => ({
      eventName:
        input.status === "hidden" ? ReviewEvents.HIDDEN : ReviewEvents.SHOWN,
      data: { id: found.id, product_id: found.product_id },
    }))
    emitEventStep(event)

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
