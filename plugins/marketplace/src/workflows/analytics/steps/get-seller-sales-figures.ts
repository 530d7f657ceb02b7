import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getSellerSalesFigures } from "../utils/figures"

export const getSellerSalesFiguresStepId =
  "marketplace-get-seller-sales-figures-step"

/**
 * Read-only: the figures of seller(s) between day `from` and day `to`
 * (inclusive, store time), for reports such as the weekly sales report.
 * See `getSellerSalesFigures`.
 */
export const getSellerSalesFiguresStep = createStep(
  getSellerSalesFiguresStepId,
  async (
    input: { from: string; to: string; seller_ids?: string[] },
    { container }
  ) => new StepResponse(await getSellerSalesFigures(container, input))
)
