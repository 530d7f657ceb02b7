import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshProductSearchWorkflow } from "../workflows/search/workflows/refresh-product-search"

/** A variant (prices, inventory settings) changed: refresh its product's document. */
export default async function productSearchVariantChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshProductSearchWorkflow(container).run({
    input: { variant_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
  context: { subscriberId: "marketplace-product-search-variant-changed" },
}
