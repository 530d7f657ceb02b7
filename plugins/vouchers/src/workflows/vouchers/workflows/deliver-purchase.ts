import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { DeliveryChannel } from "../../../types"
import { deliverVoucherPurchaseStep } from "../steps/deliver-purchase"

export const deliverPurchaseWorkflowId = "voucher-deliver-purchase"

/**
 * Sends a completed purchase's codes by WhatsApp and e-mail. `round`
 * "initial" (after generation) is sent once however often the event comes;
 * each operator resend uses a new round.
 */
export const deliverPurchaseWorkflow = createWorkflow(
  deliverPurchaseWorkflowId,
  (input: {
    purchase_id: string
    round: string
    channels: DeliveryChannel[]
  }) => {
    return new WorkflowResponse(deliverVoucherPurchaseStep(input))
  }
)
