/**
 * The vouchers plugin's OpenAPI 3.1 operations: every route under src/api,
 * with the validators src/api/middlewares.ts applies.
 * `@belanjain/vouchers/openapi`.
 */
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
} from "../api/admin/vouchers/validators"
import { buildOpenApiPart, type OpenApiOperation } from "@belanjain/openapi"

const TAG = {
  name: "vouchers",
  description:
    "@belanjain/vouchers: hotspot voucher packages, routers, purchases and delivery.",
}

const empty = { body: AdminEmptyBody, bodyName: "AdminEmptyBody" }

export const vouchersOperations: OpenApiOperation[] = [
  {
    method: "post",
    path: "/admin/vouchers/cleanup/expired",
    summary: "Remove vouchers past their validity from the routers now",
    auth: "admin",
    ...empty,
  },
  {
    method: "post",
    path: "/admin/vouchers/cleanup/failed",
    summary: "Fail abandoned purchases and archive old failed ones",
    auth: "admin",
    body: AdminCleanupFailed,
    bodyName: "AdminCleanupFailed",
  },
  {
    method: "get",
    path: "/admin/vouchers/dashboard",
    summary: "Sales, revenue by package and a daily series",
    auth: "admin",
    query: AdminDashboardParams,
  },
  {
    method: "get",
    path: "/admin/vouchers/packages",
    summary: "Voucher packages with their router and variant",
    auth: "admin",
    query: AdminListParams,
  },
  {
    method: "post",
    path: "/admin/vouchers/packages",
    summary: "Create a package sold through a product variant",
    auth: "admin",
    body: AdminCreateVoucherPackage,
    bodyName: "AdminCreateVoucherPackage",
    status: 201,
  },
  {
    method: "get",
    path: "/admin/vouchers/packages/{id}",
    summary: "A voucher package",
    auth: "admin",
  },
  {
    method: "post",
    path: "/admin/vouchers/packages/{id}",
    summary: "Update a voucher package",
    auth: "admin",
    body: AdminUpdateVoucherPackage,
    bodyName: "AdminUpdateVoucherPackage",
  },
  {
    method: "delete",
    path: "/admin/vouchers/packages/{id}",
    summary: "Delete a voucher package",
    auth: "admin",
  },
  {
    method: "get",
    path: "/admin/vouchers/purchases",
    summary: "Voucher purchases, newest first",
    auth: "admin",
    query: AdminGetVoucherPurchasesParams,
  },
  {
    method: "post",
    path: "/admin/vouchers/purchases/regenerate",
    summary: "Retry the generation of several failed purchases",
    auth: "admin",
    body: AdminBulkRegenerate,
    bodyName: "AdminBulkRegenerate",
  },
  {
    method: "get",
    path: "/admin/vouchers/purchases/{id}",
    summary: "A purchase with its vouchers and delivery log",
    auth: "admin",
  },
  {
    method: "post",
    path: "/admin/vouchers/purchases/{id}/regenerate",
    summary: "Retry the generation of one purchase",
    auth: "admin",
    ...empty,
  },
  {
    method: "post",
    path: "/admin/vouchers/purchases/{id}/retry-delivery",
    summary: "Send a purchase's codes again",
    auth: "admin",
    ...empty,
  },
  {
    method: "get",
    path: "/admin/vouchers/routers",
    summary: "Routers (never their passwords)",
    auth: "admin",
    query: AdminListParams,
  },
  {
    method: "post",
    path: "/admin/vouchers/routers",
    summary: "Add a router",
    auth: "admin",
    body: AdminCreateVoucherRouter,
    bodyName: "AdminCreateVoucherRouter",
    status: 201,
  },
  {
    method: "get",
    path: "/admin/vouchers/routers/{id}",
    summary: "A router (never its password)",
    auth: "admin",
  },
  {
    method: "post",
    path: "/admin/vouchers/routers/{id}",
    summary: "Update a router",
    auth: "admin",
    body: AdminUpdateVoucherRouter,
    bodyName: "AdminUpdateVoucherRouter",
  },
  {
    method: "delete",
    path: "/admin/vouchers/routers/{id}",
    summary: "Delete a router",
    auth: "admin",
  },
  {
    method: "post",
    path: "/admin/vouchers/routers/{id}/ping",
    summary: "Check that a router answers (changes nothing)",
    auth: "admin",
    ...empty,
  },
  {
    method: "get",
    path: "/store/orders/{id}/vouchers",
    summary: "The caller's vouchers for one of their orders",
    auth: "customer",
  },
  {
    method: "get",
    path: "/store/voucher-packages",
    summary: "Active voucher packages and the variant to add to the cart",
    auth: "store",
  },
]

/** The vouchers plugin's OpenAPI paths and components. */
export function vouchersOpenApi() {
  return buildOpenApiPart(TAG, vouchersOperations)
}

export default vouchersOpenApi
