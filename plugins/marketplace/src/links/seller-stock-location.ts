import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import SellerModule from "../modules/seller"

/** Each seller ships from its own stock location(s). */
export default defineLink(
  { linkable: SellerModule.linkable.seller, isList: false },
  { linkable: StockLocationModule.linkable.stockLocation, isList: true }
)
