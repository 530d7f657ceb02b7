import { Module } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../types"
import SellerAnalyticsModuleService from "./service"

export const SELLER_ANALYTICS_MODULE = MarketplaceModules.SELLER_ANALYTICS

export default Module(SELLER_ANALYTICS_MODULE, {
  service: SellerAnalyticsModuleService,
})

export { SellerAnalyticsModuleService }
export * from "./types"
