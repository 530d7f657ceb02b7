import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SellerModule from "../modules/seller"

/** Each product belongs to exactly one seller; a seller has many products. */
export default defineLink(
  { linkable: SellerModule.linkable.seller, isList: false },
  { linkable: ProductModule.linkable.product, isList: true }
)
