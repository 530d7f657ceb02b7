import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordGroupCapturesWorkflow } from "../workflows/order-group/workflows/record-group-captures"

/**
 * A payment was captured (e.g. a Midtrans virtual account paid after the
 * checkout placed its orders): record it on the group's seller orders.
 */
export default async function orderGroupPaymentCaptured({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordGroupCapturesWorkflow(container).run({
    input: { payment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "marketplace-order-group-payment-captured" },
}
