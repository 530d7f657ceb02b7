import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/** The route takes no query parameters. */
export const StoreGetCartSellerGroups = z.object({}).strict()

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/carts/:id/seller-groups",
    middlewares: [
      validateAndTransformQuery(StoreGetCartSellerGroups, {
        defaults: [],
        isList: false,
      }),
    ],
  },
]
