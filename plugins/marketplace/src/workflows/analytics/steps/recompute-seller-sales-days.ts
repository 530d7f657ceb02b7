import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type SellerAnalyticsModuleService from "../../../modules/seller-analytics/service"
import { collectSales } from "../utils/collect"
import { invalidateRollupCache } from "../utils/rollup-cache"
import type { SalesDayTarget } from "./resolve-order-sales-days"

export const recomputeSellerSalesDaysStepId =
  "marketplace-recompute-seller-sales-days-step"

/** One day's rollup is rewritten by one recompute at a time. */
export const salesDayLockKey = (day: string) => `seller-analytics:${day}`
const LOCK = { timeout: 30, ttl: 120 }

export type RecomputeSellerSalesDaysResult = {
  days: number
  seller_rows: number
  product_rows: number
}

/**
 * Recomputes the rollup of each target day (of its sellers, or of every
 * seller) from the source orders and replaces the rows: a re-delivered event
 * or a second run writes the same rows, never adds to them. Each day is read
 * and written under that day's lock, so two recomputes of a day cannot
 * interleave a stale read with a newer write. The cached reads of the
 * rewritten sellers are cleared once the rows are written.
 *
 * No compensation: the rows are derived data, and what this writes is what
 * the source says; undoing it would only bring back an older, wrong copy.
 */
export const recomputeSellerSalesDaysStep = createStep(
  recomputeSellerSalesDaysStepId,
  async (input: { targets: SalesDayTarget[] }, { container }) => {
    const analytics = container.resolve<SellerAnalyticsModuleService>(
      MarketplaceModules.SELLER_ANALYTICS
    )
    const locking = container.resolve(Modules.LOCKING)
    const timezone = analytics.getTimezone()
    const result: RecomputeSellerSalesDaysResult = {
      days: 0,
      seller_rows: 0,
      product_rows: 0,
    }
    for (const target of input.targets) {
      const written = await locking.execute(
        salesDayLockKey(target.day),
        async () => {
          const sales = await collectSales(container, {
            from: target.day,
            to: target.day,
            timezone,
            seller_ids: target.seller_ids,
          })
          return analytics.replaceSalesDays({
            days: [target.day],
            seller_ids: target.seller_ids,
            sellers: sales.sellers,
            products: sales.products,
          })
        },
        LOCK
      )
      await invalidateRollupCache(container, target.seller_ids)
      result.days += 1
      result.seller_rows += written.sellers
      result.product_rows += written.products
    }
    return new StepResponse(result)
  }
)
