import { MedusaService } from "@medusajs/framework/utils"
import Seller from "./models/seller"
import SellerMember from "./models/seller-member"

class SellerModuleService extends MedusaService({
  Seller,
  SellerMember,
}) {}

export default SellerModuleService
