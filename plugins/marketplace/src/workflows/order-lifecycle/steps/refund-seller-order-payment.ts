import {
  MathBN,
  Modules,
  PaymentCollectionStatus,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sumAmounts } from "../utils/payment-share"
import type { SellerOrderPaymentShare } from "./release-seller-order-payment"
import type { SellerOrderTransition } from "./validate-seller-order-transition"
import type { QueryRow } from "../utils/query-row"

export type RefundSellerOrderPaymentInput = {
  order: SellerOrderTransition
  share: SellerOrderPaymentShare
  canceled_by?: string | null
}

type Row = QueryRow

export const refundSellerOrderPaymentStepId =
  "marketplace-refund-seller-order-payment-step"

/**
 * Gives back the captured part of a cancelled seller order's share: one
 * refund per planned payment through the payment module (the group's
 * payment is not linked to any order, so Medusa's refundPaymentWorkflow,
 * which books the refund on the payment's order, does not apply). Each
 * refund carries the order id in its metadata. When the seller order itself
 * recorded captures (the split spreads captures made at checkout over the
 * seller orders), the refund is booked on it too.
 *
 * When nothing is left to collect (every share released) and nothing was
 * captured, the authorization is voided: the payments are cancelled and the
 * collection is marked canceled, as Medusa's cancelOrderWorkflow does.
 *
 * Runs last and is not undone: money sent back cannot be taken again.
 */
export const refundSellerOrderPaymentStep = createStep(
  refundSellerOrderPaymentStepId,
  async (input: RefundSellerOrderPaymentInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const orderModule = container.resolve(Modules.ORDER)
    const { order, share } = input
    const label = order.display_id != null ? `#${order.display_id}` : order.id

    const refundIds: string[] = []
    let refunded = MathBN.convert(0)
    for (const planned of share.refunds) {
      const payment = (await paymentModule.refundPayment({
        payment_id: planned.payment_id,
        amount: planned.amount,
        created_by: input.canceled_by ?? undefined,
        note: `Seller order ${label} canceled`,
        metadata: {
          order_id: order.id,
          order_group_id: order.order_group_id,
        },
      })) as Row
      const refund = ((payment.refunds ?? []) as Row[]).find(
        (r) => r?.metadata?.order_id === order.id && !refundIds.includes(r.id)
      )
      if (refund) refundIds.push(refund.id)
      refunded = MathBN.add(refunded, planned.amount)
    }

    if (MathBN.gt(refunded, 0)) {
      const [withTransactions] = await orderModule.listOrders(
        { id: order.id },
        { relations: ["transactions"] }
      )
      const recorded = sumAmounts((withTransactions as Row)?.transactions)
      if (MathBN.gt(recorded, 0)) {
        await orderModule.addOrderTransactions({
          order_id: order.id,
          amount: MathBN.mult(MathBN.min(recorded, refunded), -1).toFixed(),
          currency_code: order.currency_code,
          reference: "refund",
          reference_id: refundIds[0],
        })
      }
    }

    let voided = false
    if (
      share.payment_collection_id &&
      share.payment_collection_amount !== null &&
      MathBN.lte(share.payment_collection_amount, 0)
    ) {
      const [collection] = (await paymentModule.listPaymentCollections(
        { id: share.payment_collection_id },
        { relations: ["payments", "payments.captures"] }
      )) as Row[]
      const payments = ((collection?.payments ?? []) as Row[]).filter(Boolean)
      const nothingCaptured = payments.every((p) => !p.captures?.length)
      if (nothingCaptured) {
        for (const payment of payments.filter((p) => !p.canceled_at)) {
          await paymentModule.cancelPayment(payment.id)
        }
        await paymentModule.updatePaymentCollections(
          share.payment_collection_id,
          { status: PaymentCollectionStatus.CANCELED }
        )
        voided = true
      }
    }

    return new StepResponse({ refund_ids: refundIds, voided })
  }
)
