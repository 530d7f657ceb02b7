import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import CommissionLine from "./models/commission-line"
import OrderGroup from "./models/order-group"

/** Options of @belanjain/marketplace that this module reads. */
export type OrderGroupModuleOptions = {
  /** Platform commission in percent for sellers without their own rate. Default 10. */
  default_commission_rate?: number | string
}

export const DEFAULT_COMMISSION_RATE = 10

export function parseCommissionRate(value: unknown): number {
  if (value === undefined || value === null || value === "") {
    return DEFAULT_COMMISSION_RATE
  }
  const rate = Number(value)
  if (!Number.isFinite(rate) || rate < 0 || rate > 100) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `@belanjain/marketplace option default_commission_rate (MARKETPLACE_COMMISSION_RATE) must be a percentage between 0 and 100, got "${String(value)}"`
    )
  }
  return rate
}

class OrderGroupModuleService extends MedusaService({
  OrderGroup,
  CommissionLine,
}) {
  protected readonly defaultCommissionRate_: number

  constructor(
    container: Record<string, unknown>,
    options: OrderGroupModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.defaultCommissionRate_ = parseCommissionRate(
      options?.default_commission_rate
    )
  }

  /** The platform commission (percent) for sellers without their own rate. */
  getDefaultCommissionRate(): number {
    return this.defaultCommissionRate_
  }
}

export default OrderGroupModuleService
