/**
 * The reviews plugin's OpenAPI 3.1 operations: every route under src/api,
 * with the validators src/api/middlewares.ts applies.
 * `@belanjain/reviews/openapi`.
 */
import {
  AdminListReviews,
  AdminReviewStatusAction,
  StoreCreateReview,
  StoreListMyReviews,
  StoreListProductReviews,
  StoreUpdateReview,
  VendorListReviews,
  VendorReplyToReview,
} from "../api/validators"
import { buildOpenApiPart, type OpenApiOperation } from "@belanjain/openapi"

const TAG = {
  name: "reviews",
  description:
    "@belanjain/reviews: verified-purchase product reviews, moderation and seller replies.",
}

const updateReview = (method: "patch" | "post"): OpenApiOperation => ({
  method,
  path: "/store/reviews/{id}",
  summary: `Edit one of the caller's reviews${method === "post" ? " (same as PATCH)" : ""}`,
  auth: "customer",
  body: StoreUpdateReview,
  bodyName: "StoreUpdateReview",
})

export const reviewsOperations: OpenApiOperation[] = [
  {
    method: "get",
    path: "/admin/reviews",
    summary: "Every review, newest first",
    auth: "admin",
    query: AdminListReviews,
  },
  ...(["hide", "show"] as const).map((action): OpenApiOperation => ({
    method: "post",
    path: `/admin/reviews/{id}/${action}`,
    summary:
      action === "hide"
        ? "Hide a review (out of the store and the rating)"
        : "Show a hidden review again",
    auth: "admin",
    body: AdminReviewStatusAction,
    bodyName: "AdminReviewStatusAction",
  })),
  {
    method: "get",
    path: "/store/products/{id}/reviews",
    summary: "A product's visible reviews and its rating",
    auth: "store",
    query: StoreListProductReviews,
  },
  {
    method: "post",
    path: "/store/products/{id}/reviews",
    summary: "Review a product from one of the caller's delivered orders",
    auth: "customer",
    body: StoreCreateReview,
    bodyName: "StoreCreateReview",
    errors: {
      403: "The caller has no delivered order of this product",
      409: "The caller already reviewed this product",
    },
  },
  updateReview("patch"),
  updateReview("post"),
  {
    method: "get",
    path: "/store/reviews/me",
    summary: "The caller's reviews (hidden ones too), newest first",
    auth: "customer",
    query: StoreListMyReviews,
  },
  {
    method: "get",
    path: "/vendor/reviews",
    summary: "Reviews of the caller's products",
    auth: "seller",
    query: VendorListReviews,
  },
  {
    method: "post",
    path: "/vendor/reviews/{id}/reply",
    summary: "Answer a review of one of the caller's products",
    auth: "seller",
    body: VendorReplyToReview,
    bodyName: "VendorReplyToReview",
    errors: { 403: "The seller is not active" },
  },
]

/** The reviews plugin's OpenAPI paths and components. */
export function reviewsOpenApi() {
  return buildOpenApiPart(TAG, reviewsOperations)
}

export default reviewsOpenApi
