import { z } from "@medusajs/framework/zod"
import { MAX_RATING, MIN_RATING, REVIEW_STATUSES } from "../types"

/** Whole stars, 1 to 5 ("x", 0, 6 and 4.5 answer 400 naming `rating`). */
const rating = z.number().int().min(MIN_RATING).max(MAX_RATING)

/** Optional text: trimmed; empty means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === "" ? null : v))

export const REVIEW_TITLE_MAX = 200
export const REVIEW_TEXT_MAX = 5000
export const REPLY_MAX = 2000

/** `POST /store/products/:id/reviews` */
export const StoreCreateReview = z
  .object({
    rating,
    title: optionalText(REVIEW_TITLE_MAX),
    text: optionalText(REVIEW_TEXT_MAX),
  })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

/** `PATCH /store/reviews/:id` (or POST): at least one field. */
export const StoreUpdateReview = z
  .object({
    rating: rating.optional(),
    title: optionalText(REVIEW_TITLE_MAX),
    text: optionalText(REVIEW_TEXT_MAX),
  })
  .strict()
  .refine(
    (b) =>
      b.rating !== undefined || b.title !== undefined || b.text !== undefined,
    { message: "Give at least one of rating, title or text" }
  )
export type StoreUpdateReviewType = z.infer<typeof StoreUpdateReview>

/** Public lists: `limit` is capped at 50 (a larger one is answered with 50). */
export const STORE_REVIEWS_MAX_LIMIT = 50
const cappedLimit = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .default(fallback)
    .transform((n) => Math.min(n, max))
const offset = z.coerce.number().int().min(0).default(0)

/** `GET /store/products/:id/reviews`: visible reviews, newest first. */
export const StoreListProductReviews = z
  .object({
    limit: cappedLimit(10, STORE_REVIEWS_MAX_LIMIT),
    offset,
  })
  .strict()

/** `GET /store/reviews/me`: the caller's reviews, newest first. */
export const StoreListMyReviews = StoreListProductReviews

const status = z.enum(REVIEW_STATUSES)
const id = z.string().trim().min(1).max(100)
const ratingFilter = z.coerce.number().int().min(MIN_RATING).max(MAX_RATING)

/** `GET /admin/reviews` */
export const AdminListReviews = z
  .object({
    product_id: id.optional(),
    customer_id: id.optional(),
    status: status.optional(),
    rating: ratingFilter.optional(),
    fields: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset,
  })
  .strict()
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

/** Moderation actions take no body: the action is the route. */
export const AdminReviewStatusAction = z.object({}).strict()

/** `GET /vendor/reviews`: reviews of the caller's products. */
export const VendorListReviews = z
  .object({
    product_id: id.optional(),
    status: status.optional(),
    rating: ratingFilter.optional(),
    /** true: only reviews still without a reply; false: only answered ones. */
    unanswered: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset,
  })
  .strict()
export type VendorListReviewsType = z.infer<typeof VendorListReviews>

/** `POST /vendor/reviews/:id/reply` */
export const VendorReplyToReview = z
  .object({ reply: z.string().trim().min(1).max(REPLY_MAX) })
  .strict()
export type VendorReplyToReviewType = z.infer<typeof VendorReplyToReview>
