import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SellerEvents } from "../types"
import { refreshProductSearchWorkflow } from "../workflows/search/workflows/refresh-product-search"

/** A seller was approved, suspended or reactivated: refresh its products' visibility. */
export default async function productSearchSellerStatusChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshProductSearchWorkflow(container).run({
    input: { seller_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [SellerEvents.STATUS_CHANGED],
  context: { subscriberId: "marketplace-product-search-seller-status-changed" },
}
