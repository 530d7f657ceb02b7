import { model } from "@medusajs/framework/utils"

/**
 * One checkout: the cart that was completed, the single payment (linked
 * payment collection) and the per-seller orders it was split into (linked
 * orders). `total` is the cart total at completion and equals the sum of the
 * orders' totals.
 */
const OrderGroup = model
  .define("order_group", {
    id: model.id({ prefix: "ogrp" }).primaryKey(),
    display_id: model.autoincrement(),
    cart_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    currency_code: model.text(),
    total: model.bigNumber(),
    metadata: model.json().nullable(),
  })
  .indexes([
    // One group per cart: a second split of the same cart cannot commit.
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])

export default OrderGroup
