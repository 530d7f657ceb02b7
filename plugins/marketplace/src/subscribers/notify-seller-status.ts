import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents } from "../types"
import { notifySellerStatusWorkflow } from "../workflows/notifications/workflows/notify"

/** A seller was approved, reactivated or suspended: e-mail the seller. */
export default async function notifySellerStatus({
  event: { data, metadata },
  container,
}: SubscriberArgs<{ id: string; from: string; to: string }>) {
  await notifySellerStatusWorkflow(container).run({
    input: {
      seller_id: data.id,
      to: data.to,
      // The emitting workflow run's id: the same for a redelivered event.
      change_id: metadata?.eventGroupId as string | undefined,
    },
  })
}

export const config: SubscriberConfig = {
  event: SellerEvents.STATUS_CHANGED,
  context: { subscriberId: "marketplace-notify-seller-status" },
}
