import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

/** Each (split) order belongs to one seller. Filled by the split-order checkout. */
export default defineLink(
  { linkable: SellerModule.linkable.seller, isList: false },
  { linkable: OrderModule.linkable.order, isList: true }
)
