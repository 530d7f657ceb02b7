import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CANCELLATION_METADATA_KEY } from "../../order-lifecycle/steps/release-seller-order-payment"

export const cancelUnpaidOrdersStepId = "marketplace-cancel-unpaid-orders-step"

/**
 * Cancels orders whose payment never happened, one Medusa cancelOrderWorkflow
 * each (it deletes the reservations of the order's lines, so the stock is
 * free again), and records why on the order like a seller or shopper cancel
 * does. Each order's cancellation is final on its own; an order cancelled
 * meanwhile is skipped, so a re-run finishes the rest.
 */
export const cancelUnpaidOrdersStep = createStep(
  cancelUnpaidOrdersStepId,
  async (input: { order_ids: string[]; reason: string }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const canceled: string[] = []
    for (const orderId of input.order_ids) {
      const [order] = await orderModule.listOrders(
        { id: orderId },
        { select: ["id", "status", "metadata"] }
      )
      if (!order || order.status === "canceled") continue
      await cancelOrderWorkflow(container).run({
        input: { order_id: orderId, no_notification: true },
      })
      await orderModule.updateOrders(orderId, {
        metadata: {
          ...((order.metadata as Record<string, unknown>) ?? {}),
          [CANCELLATION_METADATA_KEY]: {
            canceled_via: "system",
            canceled_by: null,
            reason: input.reason,
            refunded_amount: "0",
            released_amount: "0",
            payment_collection_id: null,
          },
        },
      })
      canceled.push(orderId)
    }
    return new StepResponse(canceled)
  }
)
