import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { VendorCreateSeller, VendorUpdateSeller } from "./validators"

export const vendorSellersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/sellers",
    middlewares: [validateAndTransformBody(VendorCreateSeller)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/me",
    middlewares: [validateAndTransformBody(VendorUpdateSeller)],
  },
]
