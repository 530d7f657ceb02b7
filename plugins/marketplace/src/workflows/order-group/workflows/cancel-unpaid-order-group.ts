import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  orderGroupLockKey,
  SELLER_ORDER_LOCK,
} from "../../order-lifecycle/utils/locks"
import { cancelUnpaidOrdersStep } from "../steps/cancel-unpaid-orders"
import { findUnpaidGroupOrdersStep } from "../steps/find-unpaid-group-orders"

export const cancelUnpaidOrderGroupWorkflowId =
  "marketplace-cancel-unpaid-order-group"

/**
 * When one order of a group is cancelled and the group's single payment has
 * failed for good (every payment session canceled or errored, no payment
 * taken — e.g. a Midtrans virtual account that expired after the shopper
 * completed the checkout), the group's other orders are cancelled too and
 * their reservations released. A group whose payment is still pending or
 * paid is left alone: cancelling one seller's order there is the seller
 * order lifecycle's business. Runs under the group's lock, so the
 * `order.canceled` events of the orders it cancels find nothing left to do.
 */
export const cancelUnpaidOrderGroupWorkflow = createWorkflow(
  cancelUnpaidOrderGroupWorkflowId,
  (input: { order_id: string }) => {
    const first = findUnpaidGroupOrdersStep(input).config({
      name: "marketplace-find-unpaid-group",
    })
    const result = when(
      "marketplace-unpaid-group-has-open-orders",
      { first },
      ({ first }) => !!first.order_group_id && first.order_ids.length > 0
    ).then(() => {
      const key = transform({ first }, ({ first }) =>
        orderGroupLockKey(first.order_group_id as string)
      )
      acquireLockStep({ key, ...SELLER_ORDER_LOCK })
      // Read again under the lock: another run may have cancelled some.
      const group = findUnpaidGroupOrdersStep(input)
      const canceled = cancelUnpaidOrdersStep(
        transform({ group }, ({ group }) => ({
          order_ids: group.order_ids,
          reason: "payment_failed",
        }))
      )
      releaseLockStep({ key })
      return canceled
    })
    return new WorkflowResponse(
      transform({ result }, ({ result }) => ({
        canceled_order_ids: result ?? [],
      }))
    )
  }
)
