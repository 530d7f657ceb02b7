import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  completeOrderWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SellerOrderEvents } from "../../../types"
import { validateSellerOrderTransitionStep } from "../steps/validate-seller-order-transition"
import { eventActor, sellerOrderEventData } from "../utils/events"
import { SELLER_ORDER_LOCK } from "../utils/locks"

export type DeliverSellerOrderWorkflowInput = {
  order_id: string
  /** The customer confirming receipt. */
  delivered_by?: string
}

export const deliverSellerOrderWorkflowId = "marketplace-deliver-seller-order"

/**
 * The shopper confirms receipt of a shipped seller order (shipped →
 * delivered): Medusa's markOrderFulfillmentAsDeliveredWorkflow records the
 * completion date (the fulfillment's `delivered_at`) and the delivered
 * quantities, then completeOrderWorkflow completes the Medusa order — the
 * seller's part of the checkout is done (returns remain possible; a
 * completed order can no longer be cancelled). Emits `seller_order.delivered`.
 */
export const deliverSellerOrderWorkflow = createWorkflow(
  deliverSellerOrderWorkflowId,
  (input: DeliverSellerOrderWorkflowInput) => {
    acquireLockStep({ key: input.order_id, ...SELLER_ORDER_LOCK })

    const order = validateSellerOrderTransitionStep({
      order_id: input.order_id,
      to: "delivered",
    })

    const deliveryInput = transform({ order }, ({ order }) => ({
      orderId: order.id,
      fulfillmentId: order.fulfillment_id!,
    }))
    markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: deliveryInput })

    const completeInput = transform({ order }, ({ order }) => ({
      orderIds: [order.id],
    }))
    completeOrderWorkflow.runAsStep({ input: completeInput })

    const event = transform({ order, input }, ({ order, input }) => ({
      eventName: SellerOrderEvents.DELIVERED,
      data: sellerOrderEventData(
        order,
        eventActor("customer", input.delivered_by)
      ),
    }))
    emitEventStep(event)

    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(order)
  }
)
