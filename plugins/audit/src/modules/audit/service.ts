import { MedusaService } from "@medusajs/framework/utils"
import AuditEntry from "./models/audit-entry"

/** The audit log: `createAuditEntries`, `listAndCountAuditEntries`, … */
class AuditModuleService extends MedusaService({ AuditEntry }) {}

export default AuditModuleService
