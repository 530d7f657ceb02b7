import { MedusaError } from "@medusajs/framework/utils"
import type ReviewModuleService from "../../../modules/review/service"
import { ReviewModules } from "../../../types"

/** A review row as the generated service returns it. */
export type ReviewRow = {
  id: string
  product_id: string
  customer_id: string
  order_id: string | null
  rating: number
  title: string | null
  text: string | null
  status: "visible" | "hidden"
  hidden_at: Date | null
  hidden_by: string | null
  reply: string | null
  replied_at: Date | null
  replied_by: string | null
  created_at: Date
  updated_at: Date
}

export const reviewService = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(ReviewModules.REVIEW) as ReviewModuleService

/** The review, or NOT_FOUND (404) naming its id. */
export async function retrieveReview(
  reviews: ReviewModuleService,
  id: string
): Promise<ReviewRow> {
  const [review] = await reviews.listReviews({ id }, { take: 1 })
  if (!review) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Review with id: ${id} was not found`
    )
  }
  return review as unknown as ReviewRow
}

/** Product lock of the rating workflows (seconds): writes that change a product's rating run one at a time. */
export const PRODUCT_RATING_LOCK = { timeout: 30, ttl: 120 } as const
export const productRatingLockKey = (productId: string) =>
  `product_rating:${productId}`
