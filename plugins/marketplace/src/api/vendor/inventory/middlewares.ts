import type { MiddlewareRoute } from "@medusajs/framework/http"

/** /vendor/inventory routes. */
export const vendorInventoryMiddlewares: MiddlewareRoute[] = []
