import { model } from "@medusajs/framework/utils"

/**
 * Cheapest and dearest base price of a product's variants in one currency
 * (main units). One row per (product, currency) so "price between X and Y in
 * the region's currency" is one index range scan on (currency_code, min_amount).
 * The hand-written migration makes the amounts `numeric` (DML's float is
 * `real`, which rounds large IDR amounts); the module reads them with SQL.
 */
const ProductSearchPrice = model
  .define("product_search_price", {
    id: model.id({ prefix: "psprc" }).primaryKey(),
    product_id: model.text(),
    currency_code: model.text(),
    min_amount: model.float(),
    max_amount: model.float(),
  })
  .indexes([
    { on: ["product_id", "currency_code"], unique: true },
    { on: ["currency_code", "min_amount"] },
  ])

export default ProductSearchPrice
