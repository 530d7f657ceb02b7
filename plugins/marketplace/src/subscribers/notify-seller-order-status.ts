import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerOrderEvents } from "../types"
import { notifySellerOrderStatusWorkflow } from "../workflows/notifications/workflows/notify"

/** A seller order was accepted, shipped, delivered or cancelled: e-mail the shopper. */
export default async function notifySellerOrderStatus({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; seller_id: string }>) {
  await notifySellerOrderStatusWorkflow(container).run({
    input: { order_id: data.id, event: name },
  })
}

export const config: SubscriberConfig = {
  event: Object.values(SellerOrderEvents),
  context: { subscriberId: "marketplace-notify-seller-order-status" },
}
