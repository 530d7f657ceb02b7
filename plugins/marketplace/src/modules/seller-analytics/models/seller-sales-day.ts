import { model } from "@medusajs/framework/utils"

/**
 * One seller's sales on one calendar day in the store's time zone, in one
 * currency: a read model recomputed from the orders and their commission
 * lines (see the `marketplace-recompute-seller-sales` workflows). A recompute
 * replaces the row, so it never double-counts. `day` is `YYYY-MM-DD`.
 */
const SellerSalesDay = model
  .define("seller_sales_day", {
    id: model.id({ prefix: "ssday" }).primaryKey(),
    seller_id: model.text(),
    day: model.text(),
    currency_code: model.text(),
    /** Orders placed that day and not cancelled. */
    orders: model.number(),
    /** Sum of their lines' totals after discounts, without tax and shipping. */
    revenue: model.bigNumber(),
    /** The platform's commission on those lines. */
    commission: model.bigNumber(),
  })
  .indexes([
    {
      on: ["seller_id", "day", "currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["day"], where: "deleted_at IS NULL" },
  ])

export default SellerSalesDay
