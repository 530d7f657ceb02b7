import { z } from "@medusajs/framework/zod"
import { isDay } from "../../../workflows/analytics/utils/days"

/** `YYYY-MM-DD`, a real calendar date (not after today: checked in the route). */
export const analyticsDate = z
  .string()
  .refine(isDay, { message: "must be a date YYYY-MM-DD" })

/** `GET /vendor/analytics`: `date` = the "as of" day in store time (default today). */
export const VendorGetAnalytics = z
  .object({ date: analyticsDate.optional() })
  .strict()
export type VendorGetAnalyticsType = z.infer<typeof VendorGetAnalytics>
