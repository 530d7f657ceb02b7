import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import VouchersModule from "../modules/vouchers"

/** Read-only: the order whose line sold the vouchers (`order_id`). */
export default defineLink(
  {
    linkable: VouchersModule.linkable.voucherPurchase,
    field: "order_id",
  },
  OrderModule.linkable.order,
  { readOnly: true }
)
