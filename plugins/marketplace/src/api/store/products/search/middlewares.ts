import type { MiddlewareRoute } from "@medusajs/framework/http"

/** /store/products/search (catalogue search). */
export const storeProductSearchMiddlewares: MiddlewareRoute[] = []
