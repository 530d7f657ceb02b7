import { Module } from "@medusajs/framework/utils"
import { AuditModules } from "../../types"
import AuditModuleService from "./service"

export const AUDIT_MODULE = AuditModules.AUDIT

export default Module(AUDIT_MODULE, {
  service: AuditModuleService,
})

export { AuditModuleService }
