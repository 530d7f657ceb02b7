import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import OrderGroupModule from "../modules/order-group"

/** The single payment of a checkout belongs to its order group. */
export default defineLink(
  OrderGroupModule.linkable.orderGroup,
  PaymentModule.linkable.paymentCollection
)
