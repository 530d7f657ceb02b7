import { Module } from "@medusajs/framework/utils"
import { ReviewModules } from "../../types"
import ReviewModuleService from "./service"

export const REVIEW_MODULE = ReviewModules.REVIEW

export default Module(REVIEW_MODULE, {
  service: ReviewModuleService,
})

export { ReviewModuleService }
