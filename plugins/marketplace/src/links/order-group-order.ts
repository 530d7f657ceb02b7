import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

/** An order group holds the per-seller orders of one checkout. */
export default defineLink(
  { linkable: OrderGroupModule.linkable.orderGroup, isList: false },
  { linkable: OrderModule.linkable.order, isList: true }
)
