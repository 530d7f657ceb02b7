import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recomputeSellerSalesDaysStep } from "../steps/recompute-seller-sales-days"
import { resolveOrderSalesDaysStep } from "../steps/resolve-order-sales-days"

export const recomputeOrderSalesWorkflowId = "marketplace-recompute-order-sales"

/**
 * Orders were placed or cancelled: recompute the rollup of their sellers on
 * the days they were placed (run by the analytics subscribers).
 */
export const recomputeOrderSalesWorkflow = createWorkflow(
  recomputeOrderSalesWorkflowId,
  (input: { order_ids: string[] }) => {
    const targets = resolveOrderSalesDaysStep(input)
    const recomputeInput = transform({ targets }, ({ targets }) => ({
      targets,
    }))
    return new WorkflowResponse(recomputeSellerSalesDaysStep(recomputeInput))
  }
)
