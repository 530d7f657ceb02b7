import { Module } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../types"
import OrderGroupModuleService from "./service"

export const ORDER_GROUP_MODULE = MarketplaceModules.ORDER_GROUP

export default Module(ORDER_GROUP_MODULE, {
  service: OrderGroupModuleService,
})

export { OrderGroupModuleService }
