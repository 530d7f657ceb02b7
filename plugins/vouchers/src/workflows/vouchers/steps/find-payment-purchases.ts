import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { paymentCollectionOfPayment } from "../utils/payment"

/** The purchases still waiting for the payment a captured payment belongs to. */
export const findPaymentPurchasesStep = createStep(
  "voucher-find-payment-purchases-step",
  async ({ payment_id }: { payment_id: string }, { container }) => {
    const collectionId = await paymentCollectionOfPayment(container, payment_id)
    if (!collectionId) return new StepResponse<string[]>([])
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const purchases = await vouchers.listVoucherPurchases(
      { payment_collection_id: collectionId, status: ["pending"] },
      { select: ["id"] }
    )
    return new StepResponse(purchases.map((p) => p.id))
  }
)
