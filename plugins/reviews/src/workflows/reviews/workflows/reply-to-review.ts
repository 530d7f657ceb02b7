import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../../types"
import { replyToReviewStep } from "../steps/reviews"

export type ReplyToReviewWorkflowInput = {
  id: string
  reply: string
  member_id?: string | null
}

export const replyToReviewWorkflowId = "review-reply-to-review"

/**
 * The product's seller answers a review (again: rewrites the answer). Whose
 * product it is is checked before (the vendor route's ownership middleware).
 * The rating does not change. Emits `review.replied`.
 */
export const replyToReviewWorkflow = createWorkflow(
  replyToReviewWorkflowId,
  (input: ReplyToReviewWorkflowInput) => {
    const review = replyToReviewStep(input)
    const event = transform({ review }, ({ review }) => ({
      eventName: ReviewEvents.REPLIED,
      data: { id: review.id, product_id: review.product_id },
    }))
    emitEventStep(event)
    return new WorkflowResponse(review)
  }
)
