import { model } from "@medusajs/framework/utils"

/**
 * A shopper's review of a product, written after an order containing the
 * product was delivered (`order_id`: the order that proved it). One per
 * customer and product; the author edits it. Operators hide and show it
 * (`status`); the product's seller answers it once, and may rewrite the
 * answer (`reply`).
 */
const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    order_id: model.text().nullable(),
    rating: model.number(),
    title: model.text().nullable(),
    text: model.text().nullable(),
    status: model.enum(["visible", "hidden"]).default("visible"),
    /** When and by which operator (user id) it was last hidden. */
    hidden_at: model.dateTime().nullable(),
    hidden_by: model.text().nullable(),
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    /** The seller member who wrote the reply. */
    replied_by: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      on: ["customer_id", "product_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["product_id", "status", "created_at"] },
  ])

export default Review
