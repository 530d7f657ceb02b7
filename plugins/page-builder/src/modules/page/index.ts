import { Module } from "@medusajs/framework/utils"
import { PageBuilderModules } from "../../types"
import PageModuleService from "./service"

export const PAGE_MODULE = PageBuilderModules.PAGE

export default Module(PAGE_MODULE, {
  service: PageModuleService,
})

export { PageModuleService }
