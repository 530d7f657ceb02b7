import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminGetMarketplaceAnalytics } from "./validators"

/** /admin/marketplace/analytics (operators; Medusa authenticates /admin). */
export const adminMarketplaceAnalyticsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/marketplace/analytics",
    middlewares: [validateAndTransformQuery(AdminGetMarketplaceAnalytics, {})],
  },
]
