import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetSellersParamsType } from "./validators"

/**
 * GET /store/sellers — active sellers, paginated; `q` matches the name.
 * Pending and suspended sellers are never listed.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreGetSellersParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q } = req.validatedQuery as StoreGetSellersParamsType

  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: {
      status: "active",
      ...(q ? { name: { $ilike: `%${q}%` } } : {}),
    },
    pagination: req.queryConfig.pagination,
  })

  res.json({
    sellers,
    count: metadata?.count ?? sellers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? sellers.length,
  })
}
