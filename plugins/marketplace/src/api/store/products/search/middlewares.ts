import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreProductSearchParams } from "./validators"

/** /store/products/search (catalogue search). */
export const storeProductSearchMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products/search",
    middlewares: [
      validateAndTransformQuery(StoreProductSearchParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
]
