import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { AuditEntryInput } from "../../../types"
import { recordAuditEntriesStep } from "../steps/record-audit-entries"

export const recordAuditEntriesWorkflowId = "audit-record-entries"

/** Records audit entries (from the audited events, or a caller's own). */
export const recordAuditEntriesWorkflow = createWorkflow(
  recordAuditEntriesWorkflowId,
  (input: { entries: AuditEntryInput[] }) => {
    const entries = recordAuditEntriesStep(input.entries)
    return new WorkflowResponse(entries)
  }
)
