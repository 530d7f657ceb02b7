import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AuditModules, type AuditEntryInput } from "../../../types"
import type AuditModuleService from "../../../modules/audit/service"

export const recordAuditEntriesStepId = "audit-record-entries-step"

/** Adds the entries; compensation removes them again. */
export const recordAuditEntriesStep = createStep(
  recordAuditEntriesStepId,
  async (entries: AuditEntryInput[], { container }) => {
    const service: AuditModuleService = container.resolve(AuditModules.AUDIT)
    const created = entries.length
      ? await service.createAuditEntries(entries)
      : []
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: AuditModuleService = container.resolve(AuditModules.AUDIT)
    await service.deleteAuditEntries(ids)
  }
)
