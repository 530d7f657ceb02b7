import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AUDITED_EVENTS, toAuditEntry, type AuditedEventData } from "../types"
import { recordAuditEntriesWorkflow } from "../workflows/audit/workflows/record-audit-entries"

/** Every audited event (AUDITED_EVENTS) becomes one audit entry. */
export default async function recordAuditedEvent({
  event,
  container,
}: SubscriberArgs<AuditedEventData>) {
  if (!event.data?.id) return
  await recordAuditEntriesWorkflow(container).run({
    input: { entries: [toAuditEntry(event.name, event.data)] },
  })
}

export const config: SubscriberConfig = {
  event: [...AUDITED_EVENTS],
  context: { subscriberId: "audit-record-audited-event" },
}
