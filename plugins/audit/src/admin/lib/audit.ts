import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AuditActorType, AuditChanges } from "../../types"
import { sdk } from "./sdk"

export type AdminAuditEntry = {
  id: string
  actor_type: AuditActorType
  actor_id: string | null
  action: string
  entity_type: string
  entity_id: string
  changes: AuditChanges | null
  metadata: Record<string, unknown> | null
  created_at: string
}

export type AuditEntriesQuery = {
  actor_type?: AuditActorType
  entity_type?: string
  entity_id?: string
  created_after?: string
  created_before?: string
  limit: number
  offset: number
}

export function useAuditEntries(params: AuditEntriesQuery) {
  return useQuery({
    queryKey: ["audit-admin-entries", params],
    queryFn: () =>
      sdk.client.fetch<{ audit_entries: AdminAuditEntry[]; count: number }>(
        "/admin/audit-entries",
        { query: params }
      ),
    placeholderData: keepPreviousData,
  })
}
