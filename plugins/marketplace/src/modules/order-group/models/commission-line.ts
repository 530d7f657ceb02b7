import { model } from "@medusajs/framework/utils"

/**
 * The platform's commission on one order line, recorded when the order is
 * placed with the rate then in force (the seller's override or the platform
 * default). `base_amount` is what the commission is taken from: the line's
 * total after discounts, without tax. Shipping carries no commission.
 */
const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "comm" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    seller_id: model.text(),
    currency_code: model.text(),
    /** Percent, e.g. 10 for 10 %. */
    rate: model.float(),
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["seller_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default CommissionLine
