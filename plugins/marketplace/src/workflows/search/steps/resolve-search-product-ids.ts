import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"

export type RefreshProductSearchInput = {
  /** Products to refresh; with no ids of any kind, every product is. */
  product_ids?: string[]
  variant_ids?: string[]
  inventory_level_ids?: string[]
  seller_ids?: string[]
}

export const resolveSearchProductIdsStepId =
  "marketplace-resolve-search-product-ids-step"

/**
 * Turns variant, inventory level and seller ids into the product ids whose
 * documents they change. Read-only: nothing to compensate.
 */
export const resolveSearchProductIdsStep = createStep(
  resolveSearchProductIdsStepId,
  async (input: RefreshProductSearchInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      product_ids = [],
      variant_ids = [],
      inventory_level_ids = [],
      seller_ids = [],
    } = input
    if (
      !product_ids.length &&
      !variant_ids.length &&
      !inventory_level_ids.length &&
      !seller_ids.length
    ) {
      return new StepResponse({ all: true, product_ids: [] as string[] })
    }

    const ids = new Set(product_ids)
    if (variant_ids.length) {
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: variant_ids },
        withDeleted: true,
      })
      data.forEach((v) => v.product_id && ids.add(v.product_id))
    }
    if (inventory_level_ids.length) {
      const { data: levels } = await query.graph({
        entity: "inventory_level",
        fields: ["id", "inventory_item_id"],
        filters: { id: inventory_level_ids },
        withDeleted: true,
      })
      const itemIds = [...new Set(levels.map((l) => l.inventory_item_id))]
      if (itemIds.length) {
        const { data: items } = await query.graph({
          entity: "inventory_item",
          fields: ["id", "variants.product_id"],
          filters: { id: itemIds },
        })
        for (const item of items)
          for (const v of item.variants ?? [])
            if (v?.product_id) ids.add(v.product_id)
      }
    }
    if (seller_ids.length) {
      const { data: sellers } = await query.graph({
        entity: "seller",
        fields: ["id", "products.id"],
        filters: { id: seller_ids },
      })
      for (const s of sellers)
        for (const p of (s as { products?: ({ id: string } | null)[] })
          .products ?? [])
          if (p?.id) ids.add(p.id)
      // Products the seller no longer has still carry it in their documents.
      const search = container.resolve<ProductSearchModuleService>(
        PRODUCT_SEARCH_MODULE
      )
      ;(await search.listProductIdsOfSellers(seller_ids)).forEach((id) =>
        ids.add(id)
      )
    }
    return new StepResponse({ all: false, product_ids: [...ids] })
  }
)
