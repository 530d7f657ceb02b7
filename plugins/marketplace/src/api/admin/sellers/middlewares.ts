import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  listAdminSellersQueryConfig,
  retrieveAdminSellerQueryConfig,
} from "./query-config"
import {
  AdminGetSellerParams,
  AdminGetSellersParams,
  AdminSellerStatusAction,
  AdminUpdateSeller,
} from "./validators"

/** /admin/sellers routes (operators; Medusa authenticates /admin as "user"). */
export const adminSellersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSellersParams,
        listAdminSellersQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/sellers/:id",
    middlewares: [
      validateAndTransformQuery(
        AdminGetSellerParams,
        retrieveAdminSellerQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id",
    middlewares: [
      validateAndTransformBody(AdminUpdateSeller),
      validateAndTransformQuery(
        AdminGetSellerParams,
        retrieveAdminSellerQueryConfig
      ),
    ],
  },
  ...(["approve", "suspend", "reactivate"] as const).map(
    (action): MiddlewareRoute => ({
      method: ["POST"],
      matcher: `/admin/sellers/:id/${action}`,
      middlewares: [
        validateAndTransformBody(AdminSellerStatusAction),
        validateAndTransformQuery(
          AdminGetSellerParams,
          retrieveAdminSellerQueryConfig
        ),
      ],
    })
  ),
]
