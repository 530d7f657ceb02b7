import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import type SellerAnalyticsModuleService from "../../../modules/seller-analytics/service"
import { localDay } from "../utils/days"

/** Which sellers' figures of which day (store time) to recompute. */
export type SalesDayTarget = { day: string; seller_ids?: string[] }

export const resolveOrderSalesDaysStepId =
  "marketplace-resolve-order-sales-days-step"

/**
 * The (seller, day) pairs some orders count in: their sellers (from their
 * commission lines) on the day each was placed. Canceled orders are included
 * (their day must be recomputed without them); orders without commission
 * lines (no seller, or a placed order the split replaced) give none.
 */
export const resolveOrderSalesDaysStep = createStep(
  resolveOrderSalesDaysStepId,
  async (input: { order_ids: string[] }, { container }) => {
    const orderIds = [...new Set(input.order_ids.filter(Boolean))]
    if (!orderIds.length) return new StepResponse<SalesDayTarget[]>([])
    const groups = container.resolve<OrderGroupModuleService>(
      MarketplaceModules.ORDER_GROUP
    )
    const analytics = container.resolve<SellerAnalyticsModuleService>(
      MarketplaceModules.SELLER_ANALYTICS
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const lines = await groups.listCommissionLines(
      { order_id: orderIds },
      { select: ["order_id", "seller_id"], take: null }
    )
    if (!lines.length) return new StepResponse<SalesDayTarget[]>([])
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "created_at"],
      filters: { id: [...new Set(lines.map((l) => l.order_id))] },
    })
    const timezone = analytics.getTimezone()
    const dayOf = new Map(
      (orders as { id: string; created_at: string | Date }[]).map((o) => [
        o.id,
        localDay(o.created_at, timezone),
      ])
    )
    const byDay = new Map<string, Set<string>>()
    for (const line of lines) {
      const day = dayOf.get(line.order_id)
      if (!day) continue
      if (!byDay.has(day)) byDay.set(day, new Set())
      byDay.get(day)!.add(line.seller_id)
    }
    return new StepResponse<SalesDayTarget[]>(
      [...byDay].map(([day, sellers]) => ({ day, seller_ids: [...sellers] }))
    )
  }
)
