import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordOrderPurchasesWorkflow } from "../workflows/vouchers/workflows/record-order-purchases"

/** An order was placed: record its voucher purchases (generated at once if already paid). */
export default async function voucherOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordOrderPurchasesWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "vouchers-order-placed" },
}
