import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetMessagesParamsType } from "./validators"

/**
 * GET /admin/marketplace/messages — the transactional e-mails sent (or not)
 * by the marketplace, newest first, with their content and attempts;
 * filters `to`, `template`, `status`, `resource_id` (exact).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { to, template, status, resource_id } =
    req.validatedQuery as AdminGetMessagesParamsType
  const filters: Record<string, unknown> = {}
  if (to) filters.to = to
  if (template) filters.template = template
  if (status) filters.status = status
  if (resource_id) filters.resource_id = resource_id

  const { data: messages, metadata } = await query.graph({
    entity: "marketplace_message",
    fields: req.queryConfig.fields,
    filters,
    pagination: {
      order: { created_at: "DESC" },
      ...req.queryConfig.pagination,
    },
  })
  res.json({
    messages,
    count: metadata?.count ?? messages.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? messages.length,
  })
}
