import {
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreBoughtTogetherParams } from "./validators"

/** /store/products/:id/bought-together (product page recommendations). */
export const storeBoughtTogetherMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/products/:id/bought-together",
    middlewares: [
      validateAndTransformQuery(StoreBoughtTogetherParams, {
        defaults: ["id"],
        isList: false,
      }),
    ],
  },
]
