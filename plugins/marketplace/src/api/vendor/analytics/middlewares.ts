import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { VendorGetAnalytics } from "./validators"

/** /vendor/analytics routes (scoped to the caller's seller by vendorAuth). */
export const vendorAnalyticsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/analytics",
    middlewares: [validateAndTransformQuery(VendorGetAnalytics, {})],
  },
]
