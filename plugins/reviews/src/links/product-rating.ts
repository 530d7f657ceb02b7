import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewModule from "../modules/review"

/**
 * `product.rating`: the product's rating aggregate, read-only from the
 * product's `id` to `product_rating.product_id` (no link table), so the
 * store product routes answer `fields=+rating.*`. Null until the product's
 * first review.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  {
    ...ReviewModule.linkable.productRating.id,
    primaryKey: "product_id",
    alias: "rating",
  },
  { readOnly: true }
)
