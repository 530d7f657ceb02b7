import { model } from "@medusajs/framework/utils"
import { AUDIT_ACTOR_TYPES } from "../../../types"

/**
 * One recorded action: who (actor type and id; `system` has no id), what
 * (the action — the event name —, the entity, and before/after of each
 * changed field) and when (`created_at`). Entries are only ever added.
 */
const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    actor_type: model.enum([...AUDIT_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    action: model.text(),
    entity_type: model.text(),
    entity_id: model.text(),
    changes: model.json().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["entity_type", "entity_id"] },
    { on: ["actor_type", "actor_id"] },
    { on: ["action"] },
    { on: ["created_at"] },
  ])

export default AuditEntry
