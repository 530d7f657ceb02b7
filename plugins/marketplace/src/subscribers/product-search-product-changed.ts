import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshProductSearchWorkflow } from "../workflows/search/workflows/refresh-product-search"

/** A product changed: refresh its search document. */
export default async function productSearchProductChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshProductSearchWorkflow(container).run({
    input: { product_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "marketplace-product-search-product-changed" },
}
