import type { MedusaContainer } from "@medusajs/framework/types"
import { recomputeSellerSalesWorkflow } from "../workflows/analytics/workflows/recompute-seller-sales"

/**
 * Safety net for the seller analytics rollup: every day, recompute
 * yesterday (store time) for every seller from the orders, whatever events
 * were lost. 01:30 UTC is after midnight in every zone from UTC−1:30 to
 * UTC+14, so "yesterday" is complete there (Jakarta: 08:30).
 */
export default async function sellerAnalyticsRecomputeYesterdayJob(
  container: MedusaContainer
) {
  await recomputeSellerSalesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "marketplace-seller-analytics-recompute-yesterday",
  schedule: "30 1 * * *",
}
