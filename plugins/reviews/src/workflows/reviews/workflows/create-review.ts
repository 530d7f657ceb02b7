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
import { createReviewStep, type ReviewContent } from "../steps/reviews"
import { verifyPurchaseStep } from "../steps/verify-purchase"
import { PRODUCT_RATING_LOCK, productRatingLockKey } from "../utils/service"

export type CreateReviewWorkflowInput = ReviewContent & {
  rating: number
  customer_id: string
  product_id: string
}

export const createReviewWorkflowId = "review-create-review"

/**
 * A shopper reviews a product: under the product's lock, the purchase is
 * verified (an order of theirs with the product, delivered), the review is
 * written (one per customer and product) and the product's rating is
 * recomputed. Emits `review.created`.
 */
export const createReviewWorkflow = createWorkflow(
  createReviewWorkflowId,
  (input: CreateReviewWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) =>
      productRatingLockKey(input.product_id)
    )
    acquireLockStep({ key: lockKey, ...PRODUCT_RATING_LOCK })

    const purchase = verifyPurchaseStep({
      customer_id: input.customer_id,
      product_id: input.product_id,
    })
    const data = transform({ input, purchase }, ({ input, purchase }) => ({
      ...input,
      order_id: purchase.order_id,
    }))
    const review = createReviewStep(data)

    const productIds = transform({ input }, ({ input }) => [input.product_id])
    refreshProductRatingsStep({ product_ids: productIds })

    const event = transform({ review }, ({ review }) => ({
      eventName: ReviewEvents.CREATED,
      data: { id: review.id, product_id: review.product_id },
    }))
    emitEventStep(event)

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(review)
  }
)
