import { MedusaService } from "@medusajs/framework/utils"
import CommissionLine from "./models/commission-line"
import OrderGroup from "./models/order-group"

class OrderGroupModuleService extends MedusaService({
  OrderGroup,
  CommissionLine,
}) {}

export default OrderGroupModuleService
