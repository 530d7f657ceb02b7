import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetSellersParamsType } from "./validators"

/**
 * GET /admin/sellers — all sellers, any status; `q` matches name, handle or
 * e-mail, `status` filters (one or several), `order` e.g. `-created_at`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery as AdminGetSellersParamsType

  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) {
    // q is matched literally: escape LIKE wildcards.
    const like = { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` }
    filters.$or = [{ name: like }, { handle: like }, { email: like }]
  }

  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      order: { created_at: "DESC" },
      ...req.queryConfig.pagination,
    },
  })

  res.json({
    sellers,
    count: metadata?.count ?? sellers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? sellers.length,
  })
}
