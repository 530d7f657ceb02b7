/** What anyone sees of a visible review: no customer id, order or moderation data. */
export const storeReviewFields = [
  "id",
  "product_id",
  "rating",
  "title",
  "text",
  "reply",
  "replied_at",
  "created_at",
  "updated_at",
  // The reviewer's first name only (read-only link review → customer).
  "customer.first_name",
]

/** The author's own reviews: also the moderation status. */
export const storeOwnReviewFields = [...storeReviewFields, "status"]

/** Sellers: the whole review but who hid it, and the reviewer's first name. */
export const vendorReviewFields = [
  ...storeOwnReviewFields,
  "order_id",
  "hidden_at",
  "product.id",
  "product.title",
]

/** Operators: everything, with the reviewer and the product. */
export const adminReviewFields = [
  "id",
  "product_id",
  "customer_id",
  "order_id",
  "rating",
  "title",
  "text",
  "status",
  "hidden_at",
  "hidden_by",
  "reply",
  "replied_at",
  "replied_by",
  "metadata",
  "created_at",
  "updated_at",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "product.id",
  "product.title",
  "product.handle",
]

export const adminListReviewsQueryConfig = {
  defaults: adminReviewFields,
  allowed: [...adminReviewFields, "customer", "product"],
  defaultLimit: 20,
  isList: true,
}

/** The rating fields shoppers may read on the store product routes. */
export const STORE_PRODUCT_RATING_FIELDS = ["rating.average", "rating.count"]
