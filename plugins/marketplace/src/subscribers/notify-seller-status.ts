import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents } from "../types"
import { notifySellerStatusWorkflow } from "../workflows/notifications/workflows/notify"

/** A seller was approved, reactivated or suspended: e-mail the seller. */
export default async function notifySellerStatus({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; from: string; to: string }>) {
  await notifySellerStatusWorkflow(container).run({
    input: { seller_id: data.id, to: data.to },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.STATUS_CHANGED,
  context: { subscriberId: "marketplace-notify-seller-status" },
}
