import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ensureSellerOwns } from "../ownership"
import { vendorListOrdersQueryConfig } from "./query-config"
import {
  VendorAcceptOrder,
  VendorCancelOrder,
  VendorListOrders,
  VendorShipOrder,
} from "./validators"

const owned = ensureSellerOwns("order")

/** /vendor/orders routes (validation, ownership: foreign ids answer 404 first). */
export const vendorOrdersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [
      validateAndTransformQuery(VendorListOrders, vendorListOrdersQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/vendor/orders/:id",
    middlewares: [owned],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/accept",
    middlewares: [owned, validateAndTransformBody(VendorAcceptOrder)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/ship",
    middlewares: [owned, validateAndTransformBody(VendorShipOrder)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/cancel",
    middlewares: [owned, validateAndTransformBody(VendorCancelOrder)],
  },
]
