/** Module names of this plugin. */
export enum AuditModules {
  AUDIT = "audit",
}

/** Who did it: an operator (Medusa `user`), a seller member, a customer, or the system (jobs, subscribers). */
export const AUDIT_ACTOR_TYPES = [
  "user",
  "seller",
  "customer",
  "system",
] as const
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number]

export type AuditActor = { type: AuditActorType; id: string | null }

/** Before and after of each changed field. */
export type AuditChanges = Record<string, { from: unknown; to: unknown }>

/**
 * The audit shape an event's data may carry, beside its own fields: the
 * actor (an auth context's actor type and id; absent = the system) and the
 * changed fields. Events that only say `{ id, from, to }` (a status change)
 * are read as a change of `status`.
 */
export type AuditedEventData = {
  id: string
  actor?: { type?: string; id?: string | null } | null
  changes?: AuditChanges
  from?: unknown
  to?: unknown
  [key: string]: unknown
}

/**
 * The events the audit log records: seller approval and suspension, price
 * and stock changes, seller order status changes, voucher regeneration and
 * page publication. Emitted by @belanjain/marketplace, @belanjain/vouchers
 * and @belanjain/page-builder; an event of a plugin that is not installed is
 * simply never seen.
 */
export const AUDITED_EVENTS = [
  "seller.status_changed",
  "seller_product.prices_changed",
  "seller_stock.changed",
  "seller_order.accepted",
  "seller_order.shipped",
  "seller_order.delivered",
  "seller_order.canceled",
  "voucher_purchase.regenerated",
  "page.published",
  "page.unpublished",
] as const
export type AuditedEvent = (typeof AUDITED_EVENTS)[number]

export type AuditEntryInput = {
  actor_type: AuditActorType
  actor_id: string | null
  action: string
  entity_type: string
  entity_id: string
  changes: AuditChanges | null
  metadata: Record<string, unknown> | null
}

const isActorType = (t: unknown): t is AuditActorType =>
  (AUDIT_ACTOR_TYPES as readonly unknown[]).includes(t)

/**
 * An event as an audit entry: `seller.status_changed` → entity `seller`,
 * action `seller.status_changed`, entity id `data.id`. The event's other
 * fields (seller_id, product_id, …) are kept as metadata.
 */
export function toAuditEntry(
  eventName: string,
  data: AuditedEventData
): AuditEntryInput {
  const dot = eventName.indexOf(".")
  const entity_type = dot > 0 ? eventName.slice(0, dot) : eventName
  const { id, actor, changes, from, to, ...rest } = data
  const actorType = isActorType(actor?.type) ? actor.type : "system"
  const auditChanges: AuditChanges | null =
    changes && Object.keys(changes).length
      ? changes
      : from !== undefined || to !== undefined
        ? { status: { from: from ?? null, to: to ?? null } }
        : null
  return {
    actor_type: actorType,
    actor_id: actorType === "system" ? null : (actor?.id ?? null),
    action: eventName,
    entity_type,
    entity_id: String(id),
    changes: auditChanges,
    metadata: Object.keys(rest).length ? rest : null,
  }
}
