import { z } from "@medusajs/framework/zod"
import { analyticsDate } from "../../../vendor/analytics/validators"

/** `GET /admin/marketplace/analytics`: `date` as for sellers, optional `seller_id`. */
export const AdminGetMarketplaceAnalytics = z
  .object({
    date: analyticsDate.optional(),
    seller_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type AdminGetMarketplaceAnalyticsType = z.infer<
  typeof AdminGetMarketplaceAnalytics
>
