import { model } from "@medusajs/framework/utils"

/**
 * Low-stock state of one inventory level (item at a location): whether it is
 * below the threshold now, and how many times it has crossed below. A
 * crossing is claimed by one atomic upsert (see the service), so concurrent
 * stock changes claim it once; its number is part of the alert's idempotency key.
 */
const LowStockAlert = model
  .define("low_stock_alert", {
    id: model.id({ prefix: "lsal" }).primaryKey(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    is_low: model.boolean().default(false),
    crossings: model.number().default(0),
  })
  .indexes([{ on: ["inventory_item_id", "location_id"], unique: true }])

export default LowStockAlert
