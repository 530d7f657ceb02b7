import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AuditModules } from "../../../types"
import type AuditModuleService from "../../../modules/audit/service"
import type { AdminListAuditEntriesType } from "./validators"

/**
 * GET /admin/audit-entries — the audit log, newest first; filters
 * `actor_type`, `actor_id`, `action`, `entity_type`, `entity_id`,
 * `created_after`, `created_before`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { created_after, created_before, limit, offset, ...equal } =
    req.validatedQuery as AdminListAuditEntriesType
  const filters: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(equal)) {
    if (value !== undefined) filters[key] = value
  }
  if (created_after || created_before) {
    filters.created_at = {
      ...(created_after ? { $gte: created_after } : {}),
      ...(created_before ? { $lte: created_before } : {}),
    }
  }
  const service: AuditModuleService = req.scope.resolve(AuditModules.AUDIT)
  const [audit_entries, count] = await service.listAndCountAuditEntries(
    filters,
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ audit_entries, count, offset, limit })
}
