import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import type { ProductSaleLine } from "../../../modules/product-search/types"
import { num } from "./build-search-documents"

export const recordProductSalesStepId = "marketplace-record-product-sales-step"

/**
 * Records the units an order sold per product (none once the order is
 * canceled or gone), which recounts `units_sold` of those documents.
 */
export const recordProductSalesStep = createStep(
  recordProductSalesStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const search = container.resolve<ProductSearchModuleService>(
      PRODUCT_SEARCH_MODULE
    )
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      // quantity lives on the order item's detail (version-aware); items.quantity
      // is only filled when the detail is selected too.
      fields: [
        "id",
        "status",
        "items.id",
        "items.product_id",
        "items.quantity",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
    })
    const lines: ProductSaleLine[] =
      order && order.status !== "canceled" && order.status !== "draft"
        ? (
            (order.items ?? []) as ({
              product_id?: string | null
              quantity?: unknown
              detail?: { quantity?: unknown } | null
            } | null)[]
          )
            .filter((i) => !!i?.product_id)
            .map((i) => ({
              product_id: i!.product_id as string,
              quantity: num(i!.quantity ?? i!.detail?.quantity),
            }))
            .filter((l) => l.quantity > 0)
        : []
    const res = await search.setOrderSales({ order_id: input.order_id, lines })
    return new StepResponse(
      { product_ids: res.product_ids },
      { order_id: input.order_id, previous: res.previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const search = container.resolve<ProductSearchModuleService>(
      PRODUCT_SEARCH_MODULE
    )
    await search.setOrderSales({
      order_id: undo.order_id,
      lines: undo.previous,
    })
  }
)
