import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordProductSalesWorkflow } from "../workflows/search/workflows/record-product-sales"

/** An order was placed or canceled: recount its products' units sold. */
export default async function productSearchOrderSales({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordProductSalesWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled"],
  context: { subscriberId: "marketplace-product-search-order-sales" },
}
