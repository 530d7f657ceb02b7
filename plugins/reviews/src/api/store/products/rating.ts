import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { STORE_PRODUCT_RATING_FIELDS } from "../../query-config"

const RATING_RELATION = /^[+ ]?(\*rating|rating\.\*|rating)$/

/** GET /store/products and GET /store/products/:id (not their sub-routes). */
const PRODUCT_ROUTE = /^\/store\/products(?:\/[^/]+)?\/?$/

/**
 * On Medusa's store product routes, `fields=+rating.*` (or `*rating`,
 * `+rating`) becomes the rating's public fields (`rating.average`,
 * `rating.count`), and exactly those pass Medusa's allowed-fields check.
 * `product.rating` is null for a product never reviewed.
 */
export function allowStoreProductRating(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const path = req.originalUrl.split("?")[0]
  if (req.method !== "GET" || !PRODUCT_ROUTE.test(path)) return next()

  const fields = req.query.fields
  if (typeof fields === "string" && fields.includes("rating")) {
    req.query.fields = fields
      .split(",")
      .flatMap((field) => {
        if (!RATING_RELATION.test(field)) return [field]
        const prefix = /^[+ *]/.test(field) || field.endsWith(".*") ? "+" : ""
        return STORE_PRODUCT_RATING_FIELDS.map((f) => `${prefix}${f}`)
      })
      .join(",")
  }
  req.allowed ??= []
  req.allowed.push(...STORE_PRODUCT_RATING_FIELDS)
  next()
}
