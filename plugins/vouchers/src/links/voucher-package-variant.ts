import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import VouchersModule from "../modules/vouchers"

/** Read-only: a package is sold through the product variant in `variant_id`. */
export default defineLink(
  {
    linkable: VouchersModule.linkable.voucherPackage,
    field: "variant_id",
  },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
