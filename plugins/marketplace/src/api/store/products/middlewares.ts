import {
  maybeApplyLinkFilter,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { transformAndValidateSalesChannelIds } from "@medusajs/medusa/api/utils/middlewares/products/filter-by-valid-sales-channels"

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

const applyProductSalesChannelFilter = maybeApplyLinkFilter({
  entryPoint: "product_sales_channel",
  resourceId: "product_id",
  filterableField: "sales_channel_id",
})

/**
 * Medusa 2.21's GET /store/products drops the sales channel filter when the
 * store has only one sales channel (it assumes every product is in it).
 * Belanjain hides pending and suspended sellers' products by taking them out
 * of the default sales channel, so the filter must always apply: this puts it
 * back in exactly that case (with two or more channels Medusa applies it).
 * Runs after Medusa's own middlewares for the route.
 */
export async function keepSalesChannelFilter(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "sales_channel",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  })
  if ((metadata?.count ?? 0) > 1) return next()

  req.filterableFields.sales_channel_id = transformAndValidateSalesChannelIds(
    req as Parameters<typeof transformAndValidateSalesChannelIds>[0]
  )
  return applyProductSalesChannelFilter(req, res, next)
}

/**
 * Store product routes: products carry their seller on request. Registered
 * without a method so Medusa sorts it before its own (method-bound) query
 * validation of these routes, which reads `req.allowed`.
 */
export const storeProductsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products", middlewares: [allowStoreProductSeller] },
]

/** GET /store/products: shoppers see only products in the key's sales channels. */
export const storeProductsVisibilityMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [keepSalesChannelFilter],
  },
]
