import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerOrderEvents } from "../types"
import { recomputeOrderSalesWorkflow } from "../workflows/analytics/workflows/recompute-order-sales"

/**
 * An order was cancelled (by Medusa's cancel workflow, a seller, a shopper
 * or a failed payment): recompute its day, which then leaves it out.
 */
export default async function sellerAnalyticsOrderCanceled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recomputeOrderSalesWorkflow(container).run({
    input: { order_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: ["order.canceled", SellerOrderEvents.CANCELED],
  context: { subscriberId: "marketplace-seller-analytics-order-canceled" },
}
