import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderGroupEvents } from "../types"
import { recomputeOrderSalesWorkflow } from "../workflows/analytics/workflows/recompute-order-sales"

/**
 * A checkout was split into its seller orders: recompute their sellers'
 * rollup of the day they were placed. Only `order_group.created`: it names
 * every order of the checkout, and an order placed without the split has no
 * commission lines, so it counts nowhere (`order.placed` would only redo
 * the same seller-days once per order).
 */
export default async function sellerAnalyticsOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; order_ids?: string[] }>) {
  await recomputeOrderSalesWorkflow(container).run({
    input: { order_ids: data.order_ids ?? [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.CREATED,
  context: { subscriberId: "marketplace-seller-analytics-order-placed" },
}
