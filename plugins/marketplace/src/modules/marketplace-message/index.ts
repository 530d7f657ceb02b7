import { Module } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../types"
import MarketplaceMessageModuleService from "./service"

export const MARKETPLACE_MESSAGE_MODULE = MarketplaceModules.MESSAGE

export default Module(MARKETPLACE_MESSAGE_MODULE, {
  service: MarketplaceMessageModuleService,
})

export { MarketplaceMessageModuleService }
