import type { MiddlewareRoute } from "@medusajs/framework/http"

/** /vendor/products and /vendor/uploads routes (validation, ownership). */
export const vendorProductsMiddlewares: MiddlewareRoute[] = []
