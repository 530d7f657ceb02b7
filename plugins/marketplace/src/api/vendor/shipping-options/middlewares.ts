import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ensureSellerOwns } from "../ownership"
import { vendorListShippingOptionsQueryConfig } from "./query-config"
import {
  VendorCreateShippingOption,
  VendorListShippingOptions,
  VendorUpdateShippingOption,
} from "./validators"

const owned = ensureSellerOwns("shipping_option")

/** /vendor/shipping-options routes (validation, ownership before validation). */
export const vendorShippingOptionsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/shipping-options",
    middlewares: [
      validateAndTransformQuery(
        VendorListShippingOptions,
        vendorListShippingOptionsQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/vendor/shipping-options",
    middlewares: [validateAndTransformBody(VendorCreateShippingOption)],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/vendor/shipping-options/:id",
    middlewares: [owned],
  },
  {
    method: ["POST"],
    matcher: "/vendor/shipping-options/:id",
    middlewares: [owned, validateAndTransformBody(VendorUpdateShippingOption)],
  },
]
