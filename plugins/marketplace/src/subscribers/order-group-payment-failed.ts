import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelUnpaidOrderGroupWorkflow } from "../workflows/order-group/workflows/cancel-unpaid-order-group"

/**
 * An order was cancelled: if its group's payment failed for good (a payment
 * provider declared it expired or denied), cancel the group's other orders.
 */
export default async function orderGroupPaymentFailed({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await cancelUnpaidOrderGroupWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "marketplace-order-group-payment-failed" },
}
