import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryEvents } from "@medusajs/framework/utils"
import { notifyLowStockWorkflow } from "../workflows/notifications/workflows/notify"

/**
 * Stock changed at a location. Reservations at checkout, fulfillments and
 * restocks all update the level's quantities, which emits
 * `inventory-level.updated`: alert the seller when it falls below the threshold.
 */
export default async function notifyLowStock({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyLowStockWorkflow(container).run({
    input: { inventory_level_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  // The module emits the prefixed names; the plain ones are kept for
  // emitters that use them (the search subscriber listens to those too).
  event: [
    InventoryEvents.INVENTORY_LEVEL_CREATED,
    InventoryEvents.INVENTORY_LEVEL_UPDATED,
    "inventory-level.created",
    "inventory-level.updated",
  ],
  context: { subscriberId: "marketplace-notify-low-stock" },
}
