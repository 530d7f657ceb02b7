import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCreatePage,
  AdminEmptyBody,
  AdminGetPagesParams,
  AdminRollbackPage,
  AdminUnpublishPage,
  AdminUpdatePage,
} from "./admin/pages/validators"

/**
 * /admin/pages (Medusa authenticates /admin as "user"). The store route reads
 * its one query parameter itself: it is the hot path, and a zod pass per
 * request costs more than the cached answer.
 */
export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/admin/pages",
      middlewares: [validateAndTransformQuery(AdminGetPagesParams, {})],
    },
    {
      method: ["POST"],
      matcher: "/admin/pages",
      middlewares: [validateAndTransformBody(AdminCreatePage)],
    },
    {
      method: ["POST"],
      matcher: "/admin/pages/:id",
      middlewares: [validateAndTransformBody(AdminUpdatePage)],
    },
    {
      method: ["POST"],
      matcher: "/admin/pages/:id/publish",
      middlewares: [validateAndTransformBody(AdminEmptyBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/pages/:id/unpublish",
      middlewares: [validateAndTransformBody(AdminUnpublishPage)],
    },
    {
      method: ["POST"],
      matcher: "/admin/pages/:id/rollback",
      middlewares: [validateAndTransformBody(AdminRollbackPage)],
    },
    {
      method: ["POST"],
      matcher: "/admin/pages/:id/preview-token",
      middlewares: [validateAndTransformBody(AdminEmptyBody)],
    },
  ],
})
