import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type SellerAnalyticsModuleService from "../../../modules/seller-analytics/service"
import { recomputeSellerSalesDaysStep } from "../steps/recompute-seller-sales-days"
import type { SalesDayTarget } from "../steps/resolve-order-sales-days"
import { addDays, daysBetween, isDay, localDay } from "../utils/days"

export type RecomputeSellerSalesInput = {
  /** First day (`YYYY-MM-DD`, store time). Default: yesterday. */
  from?: string
  /** Last day, inclusive. Default: `from`, or yesterday. */
  to?: string
  /** Only these sellers; every seller when absent. */
  seller_ids?: string[]
}

export const planSalesDaysStepId = "marketplace-plan-sales-days-step"

/** The days to recompute: the given range, or yesterday in store time. */
export const planSalesDaysStep = createStep(
  planSalesDaysStepId,
  async (input: RecomputeSellerSalesInput, { container }) => {
    const analytics = container.resolve<SellerAnalyticsModuleService>(
      MarketplaceModules.SELLER_ANALYTICS
    )
    const yesterday = addDays(localDay(Date.now(), analytics.getTimezone()), -1)
    const from = input.from ?? input.to ?? yesterday
    const to = input.to ?? input.from ?? yesterday
    for (const [name, value] of [
      ["from", from],
      ["to", to],
    ] as const) {
      if (!isDay(value)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${name} must be a date YYYY-MM-DD, got "${value}"`
        )
      }
    }
    const targets: SalesDayTarget[] = daysBetween(from, to).map((day) => ({
      day,
      seller_ids: input.seller_ids,
    }))
    return new StepResponse({ targets })
  }
)

export const recomputeSellerSalesWorkflowId =
  "marketplace-recompute-seller-sales"

/**
 * Recomputes the rollup of a range of days (default: yesterday, the daily
 * job's safety net) for some or all sellers: the backfill. Day by day, each
 * under its lock; idempotent.
 */
export const recomputeSellerSalesWorkflow = createWorkflow(
  recomputeSellerSalesWorkflowId,
  (input: RecomputeSellerSalesInput) => {
    const plan = planSalesDaysStep(input)
    return new WorkflowResponse(recomputeSellerSalesDaysStep(plan))
  }
)
