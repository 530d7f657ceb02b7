/**
 * Rebuilds the whole catalogue search read model (product_search_document).
 * Run with `npx medusa exec ./src/scripts/reindex-search.ts`; the nightly job
 * `marketplace-refresh-product-search-nightly` does the same.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshProductSearchWorkflow } from "@belanjain/marketplace/workflows"

export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const { result } = await refreshProductSearchWorkflow(container).run({
    input: {},
  })
  logger.info(
    `search reindex: ${result.written} documents written, ${result.removed} removed in ${Date.now() - started} ms`
  )
}
