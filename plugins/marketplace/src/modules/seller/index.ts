import { Module } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../types"
import SellerModuleService from "./service"

export const SELLER_MODULE = MarketplaceModules.SELLER

export default Module(SELLER_MODULE, {
  service: SellerModuleService,
})

export { SellerModuleService }
