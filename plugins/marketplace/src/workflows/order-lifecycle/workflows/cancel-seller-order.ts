import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SellerOrderEvents, type SellerOrderStatus } from "../../../types"
import { refundSellerOrderPaymentStep } from "../steps/refund-seller-order-payment"
import { releaseSellerOrderPaymentStep } from "../steps/release-seller-order-payment"
import { validateSellerOrderTransitionStep } from "../steps/validate-seller-order-transition"
import { eventActor, sellerOrderEventData } from "../utils/events"
import { orderGroupLockKey, SELLER_ORDER_LOCK } from "../utils/locks"

export type CancelSellerOrderWorkflowInput = {
  order_id: string
  reason?: string | null
  /** Who cancels: "seller" or "customer" (recorded on the order). */
  canceled_via: "seller" | "customer"
  /** The seller member or customer id. */
  canceled_by?: string
  /** Narrows the statuses it may be cancelled from (shoppers: pending only). */
  allowed_from?: SellerOrderStatus[]
}

export const cancelSellerOrderWorkflowId = "marketplace-cancel-seller-order"

/**
 * Cancels one seller's order of a checkout (pending or processing), leaving
 * the other sellers' orders of the group as they are:
 *
 * 1. under the order's lock, the status check (then the group's lock, for
 *    the shared payment);
 * 2. an accepted order's fulfillment is cancelled with Medusa's
 *    cancelOrderFulfillmentWorkflow (its stock goes back to the location and
 *    is reserved again for the order's lines);
 * 3. Medusa's cancelOrderWorkflow cancels the order and deletes the
 *    reservations of this order's lines only: the stock is restored exactly.
 *    The group's payment is not linked to the order, so this touches no
 *    payment;
 * 4. the order's share of the group's payment is given back: the captured
 *    part refunded, the rest released (see the two payment steps).
 *
 * Stored (a money path); a second cancel waits for the lock, then is refused
 * by the status check, so a share is never given back twice. Emits
 * `seller_order.canceled`.
 */
export const cancelSellerOrderWorkflow = createWorkflow(
  { name: cancelSellerOrderWorkflowId, store: true, idempotent: false },
  (input: CancelSellerOrderWorkflowInput) => {
    acquireLockStep({ key: input.order_id, ...SELLER_ORDER_LOCK })

    const order = validateSellerOrderTransitionStep({
      order_id: input.order_id,
      to: "cancelled",
      allowed_from: input.allowed_from,
    })

    const groupLock = transform({ order }, ({ order }) =>
      order.order_group_id ? orderGroupLockKey(order.order_group_id) : undefined
    )
    acquireLockStep({ key: groupLock, ...SELLER_ORDER_LOCK }).config({
      name: "marketplace-lock-order-group",
    })

    when(
      "marketplace-cancel-seller-order-fulfillment",
      { order },
      ({ order }) => !!order.fulfillment_id
    ).then(() => {
      const fulfillmentInput = transform(
        { order, input },
        ({ order, input }) => ({
          order_id: order.id,
          fulfillment_id: order.fulfillment_id!,
          canceled_by: input.canceled_by,
        })
      )
      cancelOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
    })

    const cancelInput = transform({ order, input }, ({ order, input }) => ({
      order_id: order.id,
      canceled_by: input.canceled_by,
    }))
    cancelOrderWorkflow.runAsStep({ input: cancelInput })

    const releaseInput = transform({ order, input }, ({ order, input }) => ({
      order,
      reason: input.reason ?? null,
      canceled_via: input.canceled_via,
      canceled_by: input.canceled_by ?? null,
    }))
    const share = releaseSellerOrderPaymentStep(releaseInput)

    const refundInput = transform(
      { order, share, input },
      ({ order, share, input }) => ({
        order,
        share,
        canceled_by: input.canceled_by ?? null,
      })
    )
    const refunded = refundSellerOrderPaymentStep(refundInput)

    const event = transform({ order, input }, ({ order, input }) => ({
      eventName: SellerOrderEvents.CANCELED,
      data: sellerOrderEventData(
        order,
        eventActor(input.canceled_via, input.canceled_by)
      ),
    }))
    emitEventStep(event)

    const locks = transform({ input, groupLock }, ({ input, groupLock }) =>
      groupLock ? [input.order_id, groupLock] : [input.order_id]
    )
    releaseLockStep({ key: locks })

    const result = transform(
      { order, share, refunded },
      ({ order, share, refunded }) => ({
        order,
        refunded_amount: share.refunded,
        released_amount: share.released,
        refund_ids: refunded.refund_ids,
        payment_voided: refunded.voided,
      })
    )
    return new WorkflowResponse(result)
  }
)
