import { model } from "@medusajs/framework/utils"

/**
 * One product's sales by one seller on one calendar day (store time), in one
 * currency: units and revenue of the day's non-cancelled orders. Replaced
 * with its seller's day by every recompute. `product_title` is the title the
 * order lines carried.
 */
const ProductSalesDay = model
  .define("product_sales_day", {
    id: model.id({ prefix: "psday" }).primaryKey(),
    seller_id: model.text(),
    product_id: model.text(),
    product_title: model.text().nullable(),
    day: model.text(),
    currency_code: model.text(),
    units: model.number(),
    revenue: model.bigNumber(),
  })
  .indexes([
    {
      on: ["seller_id", "day", "product_id", "currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["day"], where: "deleted_at IS NULL" },
  ])

export default ProductSalesDay
