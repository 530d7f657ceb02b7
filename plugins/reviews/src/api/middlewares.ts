import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ensureCustomerOwnsReview,
  ensureSellerOwnsReview,
  ensureStoreProduct,
} from "./ownership"
import { adminListReviewsQueryConfig } from "./query-config"
import { allowStoreProductRating } from "./store/products/rating"
import {
  AdminListReviews,
  AdminReviewStatusAction,
  StoreCreateReview,
  StoreListMyReviews,
  StoreListProductReviews,
  StoreUpdateReview,
  VendorListReviews,
  VendorReplyToReview,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/**
 * Store: reading a product's reviews is public; writing needs a signed-in
 * customer, and a review is edited only by its author (another's is 404).
 * Admin: Medusa authenticates /admin as "user". Vendor: @belanjain/marketplace
 * authenticates every /vendor request and scopes it to the caller's seller;
 * a review of another seller's product answers 404.
 */
export const reviewsMiddlewares: MiddlewareRoute[] = [
  // Without a method so Medusa sorts it before its own (method-bound)
  // query validation of the product routes, which reads `req.allowed`.
  { matcher: "/store/products", middlewares: [allowStoreProductRating] },
  {
    method: ["GET"],
    matcher: "/store/products/:id/reviews",
    middlewares: [
      ensureStoreProduct,
      validateAndTransformQuery(StoreListProductReviews, {}),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/products/:id/reviews",
    middlewares: [
      customer,
      ensureStoreProduct,
      validateAndTransformBody(StoreCreateReview),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/reviews/me",
    middlewares: [customer, validateAndTransformQuery(StoreListMyReviews, {})],
  },
  {
    method: ["POST", "PATCH"],
    matcher: "/store/reviews/:id",
    middlewares: [
      customer,
      ensureCustomerOwnsReview,
      validateAndTransformBody(StoreUpdateReview),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/reviews",
    middlewares: [
      validateAndTransformQuery(AdminListReviews, adminListReviewsQueryConfig),
    ],
  },
  ...(["hide", "show"] as const).map((action): MiddlewareRoute => ({
    method: ["POST"],
    matcher: `/admin/reviews/:id/${action}`,
    middlewares: [validateAndTransformBody(AdminReviewStatusAction)],
  })),
  {
    method: ["GET"],
    matcher: "/vendor/reviews",
    middlewares: [validateAndTransformQuery(VendorListReviews, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/reviews/:id/reply",
    middlewares: [
      ensureSellerOwnsReview,
      validateAndTransformBody(VendorReplyToReview),
    ],
  },
]

export default defineMiddlewares({ routes: reviewsMiddlewares })
