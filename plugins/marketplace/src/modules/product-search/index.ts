import { Module } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../types"
import ProductSearchModuleService from "./service"

export const PRODUCT_SEARCH_MODULE = MarketplaceModules.PRODUCT_SEARCH

export default Module(PRODUCT_SEARCH_MODULE, {
  service: ProductSearchModuleService,
})

export { ProductSearchModuleService }
export * from "./types"
