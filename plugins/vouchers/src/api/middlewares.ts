import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminBulkRegenerate,
  AdminCleanupFailed,
  AdminCreateVoucherPackage,
  AdminCreateVoucherRouter,
  AdminDashboardParams,
  AdminEmptyBody,
  AdminGetVoucherPurchasesParams,
  AdminListParams,
  AdminUpdateVoucherPackage,
  AdminUpdateVoucherRouter,
} from "./admin/vouchers/validators"

const list = [validateAndTransformQuery(AdminListParams, {})]

/** /admin/vouchers (Medusa authenticates /admin as "user") and the store routes. */
export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/admin/vouchers/routers", middlewares: list },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/routers",
      middlewares: [validateAndTransformBody(AdminCreateVoucherRouter)],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/routers/:id",
      middlewares: [validateAndTransformBody(AdminUpdateVoucherRouter)],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/routers/:id/ping",
      middlewares: [validateAndTransformBody(AdminEmptyBody)],
    },
    { method: ["GET"], matcher: "/admin/vouchers/packages", middlewares: list },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/packages",
      middlewares: [validateAndTransformBody(AdminCreateVoucherPackage)],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/packages/:id",
      middlewares: [validateAndTransformBody(AdminUpdateVoucherPackage)],
    },
    {
      method: ["GET"],
      matcher: "/admin/vouchers/purchases",
      middlewares: [
        validateAndTransformQuery(AdminGetVoucherPurchasesParams, {}),
      ],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/purchases/regenerate",
      middlewares: [validateAndTransformBody(AdminBulkRegenerate)],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/purchases/:id/regenerate",
      middlewares: [validateAndTransformBody(AdminEmptyBody)],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/purchases/:id/retry-delivery",
      middlewares: [validateAndTransformBody(AdminEmptyBody)],
    },
    {
      method: ["GET"],
      matcher: "/admin/vouchers/dashboard",
      middlewares: [validateAndTransformQuery(AdminDashboardParams, {})],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/cleanup/failed",
      middlewares: [validateAndTransformBody(AdminCleanupFailed)],
    },
    {
      method: ["POST"],
      matcher: "/admin/vouchers/cleanup/expired",
      middlewares: [validateAndTransformBody(AdminEmptyBody)],
    },
    {
      method: ["GET"],
      matcher: "/store/orders/:id/vouchers",
      middlewares: [authenticate("customer", ["session", "bearer"])],
    },
  ],
})
