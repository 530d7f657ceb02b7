import { z } from "@medusajs/framework/zod"
import { AUDIT_ACTOR_TYPES } from "../../../types"

const text = (max: number) => z.string().trim().min(1).max(max)
/** An ISO date or date-time ("2026-12-01", "2026-12-01T08:00:00Z"). */
const date = z.coerce.date()

/** `GET /admin/audit-entries`: filters, newest first, at most 100 a page. */
export const AdminListAuditEntries = z
  .object({
    actor_type: z.enum(AUDIT_ACTOR_TYPES).optional(),
    actor_id: text(100).optional(),
    action: text(100).optional(),
    entity_type: text(100).optional(),
    entity_id: text(100).optional(),
    created_after: date.optional(),
    created_before: date.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine(
    (q) =>
      !q.created_after ||
      !q.created_before ||
      q.created_after <= q.created_before,
    {
      message: "created_after must not be later than created_before",
      path: ["created_after"],
    }
  )
export type AdminListAuditEntriesType = z.infer<typeof AdminListAuditEntries>
