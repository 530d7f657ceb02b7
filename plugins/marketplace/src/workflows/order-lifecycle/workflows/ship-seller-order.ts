import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderShipmentWorkflow,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { SellerOrderEvents } from "../../../types"
import { validateSellerOrderTransitionStep } from "../steps/validate-seller-order-transition"
import { eventActor, sellerOrderEventData } from "../utils/events"
import { SELLER_ORDER_LOCK } from "../utils/locks"

export type ShipSellerOrderWorkflowInput = {
  order_id: string
  tracking_number: string
  tracking_url?: string | null
  label_url?: string | null
  /** The seller member shipping it. */
  shipped_by?: string
}

export const shipSellerOrderWorkflowId = "marketplace-ship-seller-order"

/**
 * A seller hands its accepted order to the courier (processing → shipped):
 * Medusa's createOrderShipmentWorkflow marks the order's fulfillment shipped
 * with the tracking label. Medusa's label requires all three texts; missing
 * URLs are stored empty. Emits `seller_order.shipped`.
 */
export const shipSellerOrderWorkflow = createWorkflow(
  shipSellerOrderWorkflowId,
  (input: ShipSellerOrderWorkflowInput) => {
    acquireLockStep({ key: input.order_id, ...SELLER_ORDER_LOCK })

    const order = validateSellerOrderTransitionStep({
      order_id: input.order_id,
      to: "shipped",
    })

    const shipmentInput = transform({ order, input }, ({ order, input }) => ({
      order_id: order.id,
      fulfillment_id: order.fulfillment_id!,
      items: order.items,
      created_by: input.shipped_by,
      labels: [
        {
          tracking_number: input.tracking_number,
          tracking_url: input.tracking_url ?? "",
          label_url: input.label_url ?? "",
        },
      ],
    }))
    createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })

    const event = transform({ order, input }, ({ order, input }) => ({
      eventName: SellerOrderEvents.SHIPPED,
      data: sellerOrderEventData(order, eventActor("seller", input.shipped_by)),
    }))
    emitEventStep(event)

    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(order)
  }
)
