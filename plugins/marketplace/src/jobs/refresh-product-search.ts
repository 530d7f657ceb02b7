import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshProductSearchWorkflow } from "../workflows/search/workflows/refresh-product-search"

/**
 * Safety net for the catalogue search read model: every night, recompute
 * every document (subscribers keep it current during the day).
 */
export default async function refreshProductSearchJob(
  container: MedusaContainer
) {
  await refreshProductSearchWorkflow(container).run({ input: {} })
}

export const config = {
  name: "marketplace-refresh-product-search-nightly",
  schedule: "30 2 * * *",
}
