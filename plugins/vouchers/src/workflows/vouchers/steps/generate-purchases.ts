import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  generatePurchaseVouchers,
  type GenerationOutcome,
} from "../utils/generate"

/**
 * Creates the vouchers of each paid purchase on its router (see
 * generatePurchaseVouchers: per-purchase lock, look-up before create,
 * retries). Not compensated: what exists on the router is recorded as
 * active, and a later run finds it by name.
 */
export const generateVoucherPurchasesStep = createStep(
  "voucher-generate-purchases-step",
  async ({ purchase_ids }: { purchase_ids: string[] }, { container }) => {
    const outcomes: GenerationOutcome[] = []
    for (const id of purchase_ids) {
      outcomes.push(await generatePurchaseVouchers(container, id))
    }
    return new StepResponse(outcomes)
  }
)
