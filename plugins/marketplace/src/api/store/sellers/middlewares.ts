import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  listStoreSellersQueryConfig,
  retrieveStoreSellerQueryConfig,
} from "./query-config"
import { StoreGetSellerParams, StoreGetSellersParams } from "./validators"

export const storeSellersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/sellers",
    middlewares: [
      validateAndTransformQuery(
        StoreGetSellersParams,
        listStoreSellersQueryConfig
      ),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/sellers/:handle",
    middlewares: [
      validateAndTransformQuery(
        StoreGetSellerParams,
        retrieveStoreSellerQueryConfig
      ),
    ],
  },
]
