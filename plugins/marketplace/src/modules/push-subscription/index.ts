import { Module } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../types"
import PushSubscriptionModuleService from "./service"

export const PUSH_SUBSCRIPTION_MODULE = MarketplaceModules.PUSH_SUBSCRIPTION

export default Module(PUSH_SUBSCRIPTION_MODULE, {
  service: PushSubscriptionModuleService,
})

export { PushSubscriptionModuleService }
