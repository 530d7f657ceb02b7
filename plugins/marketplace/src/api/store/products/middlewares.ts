import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"

/** What a shopper may see of a product's seller (never contact, status or commission). */
export const STORE_PRODUCT_SELLER_FIELDS = [
  "seller.id",
  "seller.name",
  "seller.handle",
]

const SELLER_RELATION = /^[+ ]?(\*seller|seller\.\*|seller)$/

/** GET /store/products and GET /store/products/:id (not /store/products/search). */
const PRODUCT_ROUTE = /^\/store\/products(?:\/(?!search$)[^/]+)?\/?$/

/**
 * On Medusa's Store product routes, `fields=*seller` (or `+seller.*`,
 * `seller`) becomes the seller's public fields, and exactly those are allowed
 * through Medusa's allowed-fields check, so `seller.email` and the like stay
 * filtered out.
 */
export function allowStoreProductSeller(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const path = req.originalUrl.split("?")[0]
  if (req.method !== "GET" || !PRODUCT_ROUTE.test(path)) return next()

  const fields = req.query.fields
  if (typeof fields === "string" && fields.includes("seller")) {
    req.query.fields = fields
      .split(",")
      .flatMap((field) => {
        if (!SELLER_RELATION.test(field)) return [field]
        const prefix = /^[+ *]/.test(field) || field.endsWith(".*") ? "+" : ""
        return STORE_PRODUCT_SELLER_FIELDS.map((f) => `${prefix}${f}`)
      })
      .join(",")
  }
  req.allowed.push(...STORE_PRODUCT_SELLER_FIELDS)
  next()
}

/**
 * Store product routes: products carry their seller on request. Registered
 * without a method so Medusa sorts it before its own (method-bound) query
 * validation of these routes, which reads `req.allowed`.
 */
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [allowStoreProductSeller] },
]
