import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordProductSalesStep } from "../steps/record-product-sales"

export const recordProductSalesWorkflowId = "marketplace-record-product-sales"

/** Counts an order's units into its products' `units_sold` (placed / canceled). */
export const recordProductSalesWorkflow = createWorkflow(
  recordProductSalesWorkflowId,
  (input: { order_id: string }) => {
    const result = recordProductSalesStep(input)
    return new WorkflowResponse(result)
  }
)
