import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ensureSellerOwns } from "../ownership"
import { parseVendorUpload } from "../uploads/upload-rules"
import { vendorListProductsQueryConfig } from "./query-config"
import {
  VendorCreateProduct,
  VendorListProducts,
  VendorUpdateProduct,
} from "./validators"

const owned = ensureSellerOwns("product")

/** /vendor/products and /vendor/uploads routes (validation, ownership). */
export const vendorProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/products",
    middlewares: [
      validateAndTransformQuery(
        VendorListProducts,
        vendorListProductsQueryConfig
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products",
    middlewares: [validateAndTransformBody(VendorCreateProduct)],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/vendor/products/:id",
    middlewares: [owned],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id",
    middlewares: [owned, validateAndTransformBody(VendorUpdateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/publish",
    middlewares: [owned],
  },
  {
    method: ["POST"],
    matcher: "/vendor/products/:id/unpublish",
    middlewares: [owned],
  },
  {
    method: ["POST"],
    matcher: "/vendor/uploads",
    middlewares: [parseVendorUpload],
  },
]
