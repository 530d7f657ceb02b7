import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderGroupEvents } from "../types"
import { recomputeOrderSalesWorkflow } from "../workflows/analytics/workflows/recompute-order-sales"

/**
 * Orders were placed (a checkout split into its seller orders, or a single
 * order): recompute their sellers' rollup of the day they were placed.
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
  event: [OrderGroupEvents.CREATED, "order.placed"],
  context: { subscriberId: "marketplace-seller-analytics-order-placed" },
}
