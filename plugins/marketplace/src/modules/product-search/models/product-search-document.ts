import { model } from "@medusajs/framework/utils"

/**
 * The catalogue search read model: one row per product, its id the product's
 * id. Written only by the `marketplace-refresh-product-search` workflow.
 * The migration adds what DML cannot express: a generated `search_vector`
 * tsvector column and GIN indexes (full text, trigram on title, categories).
 */
const ProductSearchDocument = model
  .define("product_search_document", {
    id: model.text().primaryKey(),
    title: model.text(),
    subtitle: model.text().nullable(),
    handle: model.text(),
    thumbnail: model.text().nullable(),
    description: model.text().nullable(),
    status: model.text(),
    seller_id: model.text().nullable(),
    seller_handle: model.text().nullable(),
    seller_name: model.text().nullable(),
    seller_active: model.boolean().default(false),
    visible: model.boolean().default(false),
    category_ids: model.array(),
    in_stock: model.boolean().default(false),
    units_sold: model.number().default(0),
    product_created_at: model.dateTime(),
  })
  .indexes([{ on: ["seller_id"] }])

export default ProductSearchDocument
