import { Module } from "@medusajs/framework/utils"
import { VoucherModules } from "../../types"
import VouchersModuleService from "./service"

export const VOUCHERS_MODULE = VoucherModules.VOUCHERS

export default Module(VOUCHERS_MODULE, {
  service: VouchersModuleService,
})

export { VouchersModuleService }
