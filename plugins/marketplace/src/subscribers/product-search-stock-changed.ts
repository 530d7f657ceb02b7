import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshProductSearchWorkflow } from "../workflows/search/workflows/refresh-product-search"

/** Stock changed at a location: refresh the in-stock flag of the products using that item. */
export default async function productSearchStockChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshProductSearchWorkflow(container).run({
    input: { inventory_level_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
  ],
  context: { subscriberId: "marketplace-product-search-stock-changed" },
}
