/* eslint-disable @typescript-eslint/no-explicit-any -- the generated service's write types are wider than these rows */
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  canChangeReviewStatus,
  REVIEW_ALREADY_EXISTS,
  REVIEW_STATUS_CONFLICT,
  type ReviewStatus,
} from "../../../types"
import { retrieveReview, reviewService, type ReviewRow } from "../utils/service"

export type ReviewContent = {
  rating?: number
  title?: string | null
  text?: string | null
}

/** The fields a step may change, as they were: what its compensation writes back. */
const RESTORABLE = [
  "rating",
  "title",
  "text",
  "status",
  "hidden_at",
  "hidden_by",
  "reply",
  "replied_at",
  "replied_by",
] as const

function snapshot(review: ReviewRow) {
  const out: Record<string, unknown> = { id: review.id }
  for (const k of RESTORABLE) out[k] = review[k]
  return out
}

function alreadyReviewed(existingId: string): never {
  const error = new MedusaError(
    MedusaError.Types.CONFLICT,
    `You already reviewed this product (review ${existingId}): edit it with PATCH /store/reviews/${existingId}`,
    REVIEW_ALREADY_EXISTS
  )
  ;(error as MedusaError & { review_id?: string }).review_id = existingId
  throw error
}

export const retrieveReviewStepId = "review-retrieve-review-step"

/** The review (404 when unknown). Reads only. */
export const retrieveReviewStep = createStep(
  retrieveReviewStepId,
  async (input: { id: string }, { container }) => {
    const review = await retrieveReview(reviewService(container), input.id)
    return new StepResponse(review)
  }
)

export type CreateReviewStepInput = ReviewContent & {
  rating: number
  customer_id: string
  product_id: string
  order_id: string
}

export const createReviewStepId = "review-create-review-step"

/**
 * Writes the review; a second review by the same customer of the same
 * product is a CONFLICT (409) pointing at the one to edit (also when two
 * requests race: the unique index decides).
 */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewStepInput, { container }) => {
    const reviews = reviewService(container)
    const [existing] = await reviews.listReviews(
      { customer_id: input.customer_id, product_id: input.product_id },
      { select: ["id"], take: 1 }
    )
    if (existing) alreadyReviewed(existing.id)

    const review = await reviews
      .createReviews({
        product_id: input.product_id,
        customer_id: input.customer_id,
        order_id: input.order_id,
        rating: input.rating,
        title: input.title ?? null,
        text: input.text ?? null,
        status: "visible",
      } as any)
      .catch(async (e) => {
        if (/unique|duplicate key/i.test(String((e as Error)?.message))) {
          const [raced] = await reviews.listReviews(
            { customer_id: input.customer_id, product_id: input.product_id },
            { select: ["id"], take: 1 }
          )
          if (raced) alreadyReviewed(raced.id)
        }
        throw e
      })
    return new StepResponse(review as unknown as ReviewRow, review.id)
  },
  async (id, { container }) => {
    if (id) await reviewService(container).deleteReviews(id)
  }
)

export const updateReviewStepId = "review-update-review-step"

/** The author's edit of rating, title and text (only the fields given). */
export const updateReviewStep = createStep(
  updateReviewStepId,
  async (input: ReviewContent & { id: string }, { container }) => {
    const reviews = reviewService(container)
    const before = await retrieveReview(reviews, input.id)
    const update: Record<string, unknown> = { id: input.id }
    for (const k of ["rating", "title", "text"] as const) {
      if (input[k] !== undefined) update[k] = input[k]
    }
    const review = await reviews.updateReviews(update as any)
    return new StepResponse(review as unknown as ReviewRow, snapshot(before))
  },
  async (before, { container }) => {
    if (before) await reviewService(container).updateReviews(before as any)
  }
)

export type UpdateReviewStatusStepInput = {
  id: string
  status: ReviewStatus
  /** The operator (user id). */
  actor_id?: string | null
}

export const updateReviewStatusStepId = "review-update-review-status-step"

/**
 * The one place moderation changes are checked against
 * REVIEW_STATUS_TRANSITIONS: an illegal one (hiding a hidden review) is a
 * CONFLICT (409) naming both statuses.
 */
export const updateReviewStatusStep = createStep(
  updateReviewStatusStepId,
  async (input: UpdateReviewStatusStepInput, { container }) => {
    const reviews = reviewService(container)
    const before = await retrieveReview(reviews, input.id)
    if (!canChangeReviewStatus(before.status, input.status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Review ${before.id} cannot go from ${before.status} to ${input.status}`,
        REVIEW_STATUS_CONFLICT
      )
    }
    const hiding = input.status === "hidden"
    const review = await reviews.updateReviews({
      id: input.id,
      status: input.status,
      hidden_at: hiding ? new Date() : null,
      hidden_by: hiding ? (input.actor_id ?? null) : null,
    } as any)
    return new StepResponse(review as unknown as ReviewRow, snapshot(before))
  },
  async (before, { container }) => {
    if (before) await reviewService(container).updateReviews(before as any)
  }
)

export type ReplyToReviewStepInput = {
  id: string
  reply: string
  /** The seller member who answers. */
  member_id?: string | null
}

export const replyToReviewStepId = "review-reply-to-review-step"

/** The seller's answer (a second call rewrites it). */
export const replyToReviewStep = createStep(
  replyToReviewStepId,
  async (input: ReplyToReviewStepInput, { container }) => {
    const reviews = reviewService(container)
    const before = await retrieveReview(reviews, input.id)
    const review = await reviews.updateReviews({
      id: input.id,
      reply: input.reply,
      replied_at: new Date(),
      replied_by: input.member_id ?? null,
    } as any)
    return new StepResponse(review as unknown as ReviewRow, snapshot(before))
  },
  async (before, { container }) => {
    if (before) await reviewService(container).updateReviews(before as any)
  }
)
