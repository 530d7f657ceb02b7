import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findPaymentPurchasesStep } from "../steps/find-payment-purchases"
import { generateVoucherPurchasesStep } from "../steps/generate-purchases"
import { emitOutcomes } from "./record-order-purchases"

export const generatePaidPurchasesWorkflowId = "voucher-generate-paid-purchases"

/**
 * payment.captured: generates the vouchers of the purchases this payment pays
 * for. Idempotent: a repeated event finds them completed (or waits for the
 * run in progress to finish, then finds them completed).
 */
export const generatePaidPurchasesWorkflow = createWorkflow(
  generatePaidPurchasesWorkflowId,
  (input: { payment_id: string }) => {
    const ids = findPaymentPurchasesStep({ payment_id: input.payment_id })
    const outcomes = generateVoucherPurchasesStep({ purchase_ids: ids })
    emitOutcomes(outcomes)
    return new WorkflowResponse(outcomes)
  }
)
