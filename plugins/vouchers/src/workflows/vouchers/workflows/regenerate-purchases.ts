import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { generateVoucherPurchasesStep } from "../steps/generate-purchases"
import { emitOutcomes } from "./record-order-purchases"

export const regeneratePurchasesWorkflowId = "voucher-regenerate-purchases"

/**
 * An operator's regenerate (one or many): retries the purchases whose
 * generation failed, and pending ones whose payment is captured. Vouchers
 * already on the router are found by name, never created twice.
 */
export const regeneratePurchasesWorkflow = createWorkflow(
  regeneratePurchasesWorkflowId,
  (input: { purchase_ids: string[] }) => {
    const outcomes = generateVoucherPurchasesStep({
      purchase_ids: input.purchase_ids,
    })
    emitOutcomes(outcomes)
    return new WorkflowResponse(outcomes)
  }
)
