import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SellerOrderEvents } from "../../../types"
import { resolveSellerOrderLocationStep } from "../steps/resolve-seller-order-location"
import { validateSellerOrderTransitionStep } from "../steps/validate-seller-order-transition"
import { eventActor, sellerOrderEventData } from "../utils/events"
import { SELLER_ORDER_LOCK } from "../utils/locks"

export type AcceptSellerOrderWorkflowInput = {
  order_id: string
  /** The seller member accepting it. */
  accepted_by?: string
}

export const acceptSellerOrderWorkflowId = "marketplace-accept-seller-order"

/**
 * A seller accepts its order (pending → processing): Medusa's
 * createOrderFulfillmentWorkflow fulfills every line from the location its
 * stock is reserved at, through the order's shipping option (the seller's,
 * provider `manual_manual` or another). That turns the reservations into
 * stock taken out of the location. Emits `seller_order.accepted`.
 */
export const acceptSellerOrderWorkflow = createWorkflow(
  acceptSellerOrderWorkflowId,
  (input: AcceptSellerOrderWorkflowInput) => {
    acquireLockStep({ key: input.order_id, ...SELLER_ORDER_LOCK })

    const order = validateSellerOrderTransitionStep({
      order_id: input.order_id,
      to: "processing",
    })

    const locationInput = transform({ order }, ({ order }) => ({
      order_id: order.id,
      seller_id: order.seller_id,
      line_item_ids: order.items.map((item) => item.id),
    }))
    const location = resolveSellerOrderLocationStep(locationInput)

    const fulfillmentInput = transform(
      { order, location, input },
      ({ order, location, input }) => ({
        order_id: order.id,
        items: order.items,
        location_id: location.location_id,
        created_by: input.accepted_by,
      })
    )
    createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })

    const event = transform({ order, input }, ({ order, input }) => ({
      eventName: SellerOrderEvents.ACCEPTED,
      data: sellerOrderEventData(
        order,
        eventActor("seller", input.accepted_by)
      ),
    }))
    emitEventStep(event)

    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(order)
  }
)
