import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
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
  // The Inventory module emits `inventory.inventory-level.*` for every write,
  // a checkout's reservation included; core workflows (level updates,
  // fulfillments, returns) also emit the plain `inventory-level.*` names.
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    InventoryEvents.INVENTORY_LEVEL_DELETED,
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
  ],
  context: { subscriberId: "marketplace-product-search-stock-changed" },
}
