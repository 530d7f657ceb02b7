import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import SellerModule from "../modules/seller"

/**
 * Each seller has its own shipping profile: its products and its shipping
 * options use it, so a cart holds one shipping method per seller (Medusa
 * replaces a cart's method of the same profile) and every shipping method
 * of a cart can be traced to its seller.
 */
export default defineLink(
  SellerModule.linkable.seller,
  FulfillmentModule.linkable.shippingProfile
)
