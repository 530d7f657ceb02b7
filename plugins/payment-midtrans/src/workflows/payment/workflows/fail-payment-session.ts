import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  failPaymentSessionStep,
  type FailPaymentSessionInput,
} from "../steps/fail-payment-session"
import { findUnpaidCartOrderStep } from "../steps/find-unpaid-cart-order"

export const failPaymentSessionWorkflowId = "midtrans-fail-payment-session"

/**
 * Midtrans declared a transaction denied, failed, cancelled or expired
 * (confirmed with the Status API by the provider):
 * 1. the payment session is marked failed (an uncaptured payment cancelled);
 * 2. if the storefront had already completed the cart while the payment was
 *    pending, the order Medusa placed awaiting payment is cancelled with
 *    Medusa's cancelOrderWorkflow, which deletes its reservations: the stock
 *    is free again. (The marketplace plugin cancels the rest of an order
 *    group when this happens.)
 * Under a lock per payment session; duplicates find the session failed and
 * change nothing.
 */
export const failPaymentSessionWorkflow = createWorkflow(
  failPaymentSessionWorkflowId,
  (input: FailPaymentSessionInput) => {
    const key = transform(
      { input },
      ({ input }) => `midtrans:session:${input.session_id}`
    )
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const failed = failPaymentSessionStep(input)
    const orderId = when(
      "midtrans-session-failed-now",
      { failed },
      ({ failed }) => failed.changed
    ).then(() => findUnpaidCartOrderStep({ session_id: input.session_id }))

    when(
      "midtrans-cancel-unpaid-order",
      { orderId },
      ({ orderId }) => !!orderId
    ).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ orderId }, ({ orderId }) => ({
          order_id: orderId as string,
          no_notification: true,
        })),
      })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ failed, orderId }, ({ failed, orderId }) => ({
        changed: failed.changed,
        canceled_order_id: orderId ?? null,
      }))
    )
  }
)
