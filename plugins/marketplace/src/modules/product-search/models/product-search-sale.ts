import { model } from "@medusajs/framework/utils"

/**
 * Units of a product in one placed order; `units_sold` of a document is the
 * sum over non-canceled orders. Kept per order so a cancelation removes
 * exactly what the order added and a refresh can recount at any time.
 */
const ProductSearchSale = model
  .define("product_search_sale", {
    id: model.id({ prefix: "pssale" }).primaryKey(),
    order_id: model.text(),
    product_id: model.text(),
    quantity: model.number(),
  })
  .indexes([
    { on: ["order_id", "product_id"], unique: true },
    { on: ["product_id"] },
  ])

export default ProductSearchSale
