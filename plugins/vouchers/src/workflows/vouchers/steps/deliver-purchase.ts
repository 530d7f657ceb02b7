import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryChannel } from "../../../types"
import { deliverPurchase } from "../utils/deliver"

/** Sends the codes (see deliverPurchase); every attempt is logged, nothing to undo. */
export const deliverVoucherPurchaseStep = createStep(
  "voucher-deliver-purchase-step",
  async (
    input: { purchase_id: string; round: string; channels: DeliveryChannel[] },
    { container }
  ) => {
    return new StepResponse(
      await deliverPurchase(
        container,
        input.purchase_id,
        input.round,
        input.channels
      )
    )
  }
)
