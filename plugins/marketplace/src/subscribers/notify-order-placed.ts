import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderGroupEvents } from "../types"
import { notifyOrderPlacedWorkflow } from "../workflows/notifications/workflows/notify"

/** A checkout was split: e-mail the shopper (whole checkout) and each seller (its order). */
export default async function notifyOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; order_ids: string[] }>) {
  await notifyOrderPlacedWorkflow(container).run({
    input: { order_group_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.CREATED,
  context: { subscriberId: "marketplace-notify-order-placed" },
}
