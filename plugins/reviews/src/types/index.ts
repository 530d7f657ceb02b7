/** Module names registered by @belanjain/reviews (snake_case, one place). */
export enum ReviewModules {
  REVIEW = "review",
}

/** Ratings are whole stars. */
export const MIN_RATING = 1
export const MAX_RATING = 5

export const REVIEW_STATUSES = ["visible", "hidden"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * Allowed moderation changes, as data (checked in one step, see
 * workflows/reviews/steps/update-review-status): an operator hides a visible
 * review and shows a hidden one. Hiding a hidden review is a conflict, not a
 * silent success, so two operators learn about each other.
 */
export const REVIEW_STATUS_TRANSITIONS: Record<
  ReviewStatus,
  readonly ReviewStatus[]
> = {
  visible: ["hidden"],
  hidden: ["visible"],
}

export function canChangeReviewStatus(from: ReviewStatus, to: ReviewStatus) {
  return REVIEW_STATUS_TRANSITIONS[from]?.includes(to) ?? false
}

/** Events emitted by the review workflows (`data: { id, product_id }`). */
export const ReviewEvents = {
  CREATED: "review.created",
  UPDATED: "review.updated",
  HIDDEN: "review.hidden",
  SHOWN: "review.shown",
  REPLIED: "review.replied",
} as const

/**
 * `code` of the errors the routes answer themselves (Medusa's error handler
 * replaces a CONFLICT's message with a generic retry hint).
 */
export const REVIEW_ALREADY_EXISTS = "review_already_exists"
export const REVIEW_STATUS_CONFLICT = "review_status_conflict"

/** A product's rating aggregate over its visible reviews. */
export type RatingSummary = {
  count: number
  sum: number
  average: number | null
}

/**
 * The average of `count` ratings adding up to `sum`, rounded to two
 * decimals (4.333… → 4.33); null without ratings.
 */
export function averageRating(sum: number, count: number): number | null {
  if (!count) return null
  return Math.round((sum / count) * 100) / 100
}
