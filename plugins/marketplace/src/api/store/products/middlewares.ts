import {
  maybeApplyLinkFilter,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { transformAndValidateSalesChannelIds } from "@medusajs/medusa/api/utils/middlewares/products/filter-by-valid-sales-channels"

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

/** GET /store/products: shoppers see only products in the key's sales channels. */
export const storeProductsVisibilityMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [keepSalesChannelFilter],
  },
]
