import { model } from "@medusajs/framework/utils"

/**
 * A product's rating over its visible reviews, recomputed from the reviews
 * in the same workflow as every review create, edit, hide and show, under the
 * product's lock (so it never drifts). Read on the store product routes as
 * `product.rating` (`fields=+rating.*`).
 */
const ProductRating = model
  .define("product_rating", {
    id: model.id({ prefix: "prat" }).primaryKey(),
    product_id: model.text(),
    /** Visible reviews. */
    count: model.number().default(0),
    /** The sum of their ratings (the average is sum / count). */
    sum: model.number().default(0),
    /** Two decimals; null while the product has no visible review. */
    average: model.float().nullable(),
  })
  .indexes([{ on: ["product_id"], unique: true, where: "deleted_at IS NULL" }])

export default ProductRating
