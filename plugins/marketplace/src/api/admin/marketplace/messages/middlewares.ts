import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listAdminMessagesQueryConfig } from "./query-config"
import { AdminGetMessagesParams } from "./validators"

/** /admin/marketplace/messages (operators; Medusa authenticates /admin as "user"). */
export const adminMessagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/marketplace/messages",
    middlewares: [
      validateAndTransformQuery(
        AdminGetMessagesParams,
        listAdminMessagesQueryConfig
      ),
    ],
  },
]
