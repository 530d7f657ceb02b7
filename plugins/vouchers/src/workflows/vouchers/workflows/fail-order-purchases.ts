import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VoucherEvents } from "../../../types"
import { failVoucherPurchasesStep } from "../steps/fail-purchases"

export const failOrderPurchasesWorkflowId = "voucher-fail-purchases"

/**
 * order.canceled (a payment that failed or expired cancels the order), or the
 * clean-up of abandoned purchases: pending purchases become failed; nothing
 * was created on the router for them.
 */
export const failOrderPurchasesWorkflow = createWorkflow(
  failOrderPurchasesWorkflowId,
  (input: { order_id?: string; purchase_ids?: string[]; reason: string }) => {
    const failed = failVoucherPurchasesStep(input)
    when("voucher-emit-failed", failed, (f) => f.length > 0).then(() => {
      emitEventStep({
        eventName: VoucherEvents.PURCHASE_FAILED,
        data: transform({ failed }, ({ failed }) =>
          failed.map((id) => ({ id }))
        ),
      })
    })
    return new WorkflowResponse(failed)
  }
)
