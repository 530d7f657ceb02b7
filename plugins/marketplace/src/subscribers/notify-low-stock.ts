import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { notifyLowStockWorkflow } from "../workflows/notifications/workflows/notify"

/** Stock changed at a location: alert the seller when it falls below the threshold. */
export default async function notifyLowStock({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyLowStockWorkflow(container).run({
    input: { inventory_level_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  // The Inventory module emits `inventory.inventory-level.*` for every write
  // (a reservation at checkout included); core workflows (fulfillments,
  // level updates, returns) also emit the plain `inventory-level.*` names.
  // Both may arrive for one change: a crossing is claimed once.
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    "inventory-level.created",
    "inventory-level.updated",
  ],
  context: { subscriberId: "marketplace-notify-low-stock" },
}
