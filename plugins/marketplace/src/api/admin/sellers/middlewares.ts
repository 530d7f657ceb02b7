import type { MiddlewareRoute } from "@medusajs/framework/http"

/** /admin/sellers routes (operators). */
export const adminSellersMiddlewares: MiddlewareRoute[] = []
