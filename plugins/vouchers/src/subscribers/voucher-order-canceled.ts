import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { failOrderPurchasesWorkflow } from "../workflows/vouchers/workflows/fail-order-purchases"

/** An order was cancelled (its payment failed or expired, or before payment): its pending purchases fail. */
export default async function voucherOrderCanceled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await failOrderPurchasesWorkflow(container).run({
    input: {
      order_id: data.id,
      reason: "order cancelled before payment (payment failed or expired)",
    },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "vouchers-order-canceled" },
}
