import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import type { ProductSearchDocumentInput } from "../../../modules/product-search/types"
import {
  buildSearchDocument,
  SEARCH_PRODUCT_FIELDS,
  type SearchProductGraph,
} from "./build-search-documents"

export const SEARCH_REFRESH_BATCH_SIZE = 500

export const refreshSearchDocumentsStepId =
  "marketplace-refresh-search-documents-step"

type Compensation = {
  previous: ProductSearchDocumentInput[]
  absent: string[]
} | null

/**
 * Recomputes the documents of the given products (or of every product, in
 * batches of 500) from Query and writes them; products that no longer exist
 * lose their document. Compensation restores the documents of a targeted
 * refresh; a full refresh keeps no undo data (it is a recomputation from the
 * source of truth, and the nightly job repeats it).
 */
export const refreshSearchDocumentsStep = createStep(
  refreshSearchDocumentsStepId,
  async (input: { all: boolean; product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const search = container.resolve<ProductSearchModuleService>(
      PRODUCT_SEARCH_MODULE
    )

    const {
      data: [store],
    } = await query.graph({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
      pagination: { take: 1, skip: 0 },
    })
    const defaultSalesChannelId = store?.default_sales_channel_id ?? null

    let ids = input.product_ids
    if (input.all) {
      const { data } = await query.graph({
        entity: "product",
        fields: ["id"],
      })
      const existing = new Set(data.map((p) => p.id))
      const stale = (await search.listDocumentIds()).filter(
        (id) => !existing.has(id)
      )
      ids = [...existing, ...stale]
    }

    const compensation: NonNullable<Compensation> = { previous: [], absent: [] }
    let written = 0
    let removed = 0
    for (let i = 0; i < ids.length; i += SEARCH_REFRESH_BATCH_SIZE) {
      const batch = ids.slice(i, i + SEARCH_REFRESH_BATCH_SIZE)
      const t0 = Date.now()
      const { data: products } = await query.graph({
        entity: "product",
        fields: SEARCH_PRODUCT_FIELDS,
        filters: { id: batch },
      })
      const documents = (products as unknown as SearchProductGraph[]).map((p) =>
        buildSearchDocument(p, defaultSalesChannelId)
      )
      const found = new Set(documents.map((d) => d.id))
      const delete_ids = batch.filter((id) => !found.has(id))
      const t1 = Date.now()
      const undo = await search.replaceDocuments({ documents, delete_ids })
      logger.debug(
        `product search refresh: ${batch.length} products read in ${t1 - t0} ms, written in ${Date.now() - t1} ms`
      )
      written += documents.length
      removed += delete_ids.length
      if (!input.all) {
        compensation.previous.push(...undo.previous)
        compensation.absent.push(...undo.absent)
      }
    }

    return new StepResponse(
      { written, removed },
      (input.all ? null : compensation) as Compensation
    )
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) return
    const search = container.resolve<ProductSearchModuleService>(
      PRODUCT_SEARCH_MODULE
    )
    await search.restoreDocuments(compensation)
  }
)
