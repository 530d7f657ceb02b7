/**
 * The marketplace plugin's OpenAPI 3.1 operations: every route under
 * src/api, with the validators its middlewares apply (see
 * src/api/middlewares.ts). `@belanjain/marketplace/openapi`.
 */
import { AdminGetMarketplaceAnalytics } from "../api/admin/marketplace/analytics/validators"
import { AdminGetMessagesParams } from "../api/admin/marketplace/messages/validators"
import {
  AdminGetSellerParams,
  AdminGetSellersParams,
  AdminSellerStatusAction,
  AdminUpdateSeller,
} from "../api/admin/sellers/validators"
import { StoreGetCartSellerGroups } from "../api/store/carts/middlewares"
import {
  StoreCancelSellerOrder,
  StoreConfirmReceipt,
  StoreGetOrderGroup,
  StoreListOrderGroups,
} from "../api/store/order-groups/validators"
import { StoreBoughtTogetherParams } from "../api/store/products/[id]/bought-together/validators"
import { StoreProductSearchParams } from "../api/store/products/search/validators"
import {
  StoreCreatePushSubscription,
  StoreDeletePushSubscription,
  StoreListPushSubscriptions,
} from "../api/store/push-subscriptions/validators"
import {
  StoreGetSellerParams,
  StoreGetSellersParams,
} from "../api/store/sellers/validators"
import { VendorGetAnalytics } from "../api/vendor/analytics/validators"
import {
  VendorBatchInventory,
  VendorGetInventoryParams,
} from "../api/vendor/inventory/validators"
import {
  VendorAcceptOrder,
  VendorCancelOrder,
  VendorListOrders,
  VendorShipOrder,
} from "../api/vendor/orders/validators"
import {
  VendorCreateProduct,
  VendorListProducts,
  VendorUpdateProduct,
} from "../api/vendor/products/validators"
import {
  VendorCreateSeller,
  VendorInviteMember,
  VendorUpdateSeller,
} from "../api/vendor/sellers/validators"
import {
  VendorCreateShippingOption,
  VendorListShippingOptions,
  VendorUpdateShippingOption,
} from "../api/vendor/shipping-options/validators"
import { buildOpenApiPart, type OpenApiOperation } from "@belanjain/openapi"

const TAG = {
  name: "marketplace",
  description:
    "@belanjain/marketplace: sellers, the /vendor API, split orders, order lifecycle, analytics.",
}

const statusAction = (action: string, summary: string): OpenApiOperation => ({
  method: "post",
  path: `/admin/sellers/{id}/${action}`,
  summary,
  auth: "admin",
  body: AdminSellerStatusAction,
  bodyName: "AdminSellerStatusAction",
  query: AdminGetSellerParams,
})

export const marketplaceOperations: OpenApiOperation[] = [
  // Admin
  {
    method: "get",
    path: "/admin/marketplace/analytics",
    summary:
      "Platform (or one seller's) sales, revenue and commission per period",
    auth: "admin",
    query: AdminGetMarketplaceAnalytics,
  },
  {
    method: "get",
    path: "/admin/marketplace/messages",
    summary: "Transactional e-mails sent by the marketplace, newest first",
    auth: "admin",
    query: AdminGetMessagesParams,
  },
  {
    method: "get",
    path: "/admin/sellers",
    summary: "List sellers (any status)",
    auth: "admin",
    query: AdminGetSellersParams,
  },
  {
    method: "get",
    path: "/admin/sellers/{id}",
    summary: "A seller: profile, members, stock locations, product count",
    auth: "admin",
    query: AdminGetSellerParams,
  },
  {
    method: "post",
    path: "/admin/sellers/{id}",
    summary: "Set or clear a seller's commission rate override",
    auth: "admin",
    body: AdminUpdateSeller,
    bodyName: "AdminUpdateSeller",
    query: AdminGetSellerParams,
  },
  statusAction("approve", "Approve a seller (pending → active)"),
  statusAction(
    "suspend",
    "Suspend a seller (active or pending → suspended; products hidden)"
  ),
  statusAction(
    "reactivate",
    "Reactivate a seller (suspended → active; products visible again)"
  ),

  // Store
  {
    method: "get",
    path: "/store/carts/{id}/seller-groups",
    summary: "A cart's lines grouped by seller, with each group's totals",
    auth: "store",
    query: StoreGetCartSellerGroups,
  },
  {
    method: "get",
    path: "/store/order-groups",
    summary: "The signed-in shopper's checkouts, newest first",
    auth: "customer",
    query: StoreListOrderGroups,
  },
  {
    method: "get",
    path: "/store/order-groups/{id}",
    summary: "One of the shopper's checkouts with its sellers' orders",
    auth: "customer",
    query: StoreGetOrderGroup,
  },
  {
    method: "post",
    path: "/store/order-groups/{id}/orders/{order_id}/cancel",
    summary: "Cancel one seller's order while it is still pending",
    auth: "customer",
    body: StoreCancelSellerOrder,
    bodyName: "StoreCancelSellerOrder",
    errors: { 409: "The order is no longer pending" },
  },
  {
    method: "post",
    path: "/store/order-groups/{id}/orders/{order_id}/confirm-receipt",
    summary: "Confirm receipt of a shipped seller order (shipped → delivered)",
    auth: "customer",
    body: StoreConfirmReceipt,
    bodyName: "StoreConfirmReceipt",
    errors: { 409: "The order is not shipped" },
  },
  {
    method: "get",
    path: "/store/products/{id}/bought-together",
    summary: "Products often bought together with this one",
    auth: "store",
    query: StoreBoughtTogetherParams,
  },
  {
    method: "get",
    path: "/store/products/search",
    summary: "Catalogue search with facets, filters and sorting",
    auth: "store",
    query: StoreProductSearchParams,
  },
  {
    method: "get",
    path: "/store/push-subscriptions",
    summary: "The caller's browsers subscribed to web push, newest first",
    auth: "customer",
    query: StoreListPushSubscriptions,
  },
  {
    method: "post",
    path: "/store/push-subscriptions",
    summary: "Subscribe the caller's browser to web push",
    auth: "customer",
    body: StoreCreatePushSubscription,
    bodyName: "StoreCreatePushSubscription",
  },
  {
    method: "delete",
    path: "/store/push-subscriptions",
    summary: "Unsubscribe one of the caller's browsers (body `{ endpoint }`)",
    auth: "customer",
    body: StoreDeletePushSubscription,
    bodyName: "StoreDeletePushSubscription",
    errors: { 404: "No subscription of the caller has this endpoint" },
  },
  {
    method: "get",
    path: "/store/sellers",
    summary: "Active sellers, paginated",
    auth: "store",
    query: StoreGetSellersParams,
  },
  {
    method: "get",
    path: "/store/sellers/{handle}",
    summary: "An active seller's public profile and visible products",
    auth: "store",
    query: StoreGetSellerParams,
  },

  // Vendor
  {
    method: "get",
    path: "/vendor/analytics",
    summary: "The caller's sales, top products and low stock",
    auth: "seller",
    query: VendorGetAnalytics,
  },
  {
    method: "get",
    path: "/vendor/inventory",
    summary: "Stock of the caller's variants at its location",
    auth: "seller",
    query: VendorGetInventoryParams,
  },
  {
    method: "post",
    path: "/vendor/inventory/batch",
    summary: "Set the stocked quantity of up to 200 items, all or nothing",
    auth: "seller",
    body: VendorBatchInventory,
    bodyName: "VendorBatchInventory",
    errors: { 404: "An inventory item is not the caller's" },
  },
  {
    method: "post",
    path: "/vendor/invites/accept",
    summary: "Accept a member invitation with the sign-up token",
    auth: "seller-registration",
    errors: { 404: "No invitation for the token's e-mail" },
  },
  {
    method: "get",
    path: "/vendor/orders",
    summary: "The caller's orders, newest first",
    auth: "seller",
    query: VendorListOrders,
  },
  {
    method: "get",
    path: "/vendor/orders/{id}",
    summary: "One of the caller's orders",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/orders/{id}/accept",
    summary: "Accept an order (pending → processing)",
    auth: "seller",
    body: VendorAcceptOrder,
    bodyName: "VendorAcceptOrder",
    errors: { 409: "The order's status does not allow this change" },
  },
  {
    method: "post",
    path: "/vendor/orders/{id}/ship",
    summary: "Ship an order with its tracking number (processing → shipped)",
    auth: "seller",
    body: VendorShipOrder,
    bodyName: "VendorShipOrder",
    errors: { 409: "The order's status does not allow this change" },
  },
  {
    method: "post",
    path: "/vendor/orders/{id}/cancel",
    summary: "Cancel a pending or processing order",
    auth: "seller",
    body: VendorCancelOrder,
    bodyName: "VendorCancelOrder",
    errors: { 409: "The order's status does not allow this change" },
  },
  {
    method: "get",
    path: "/vendor/products",
    summary: "The caller's products",
    auth: "seller",
    query: VendorListProducts,
  },
  {
    method: "post",
    path: "/vendor/products",
    summary: "Create a product with options and variants",
    auth: "seller",
    body: VendorCreateProduct,
    bodyName: "VendorCreateProduct",
    status: 201,
  },
  {
    method: "get",
    path: "/vendor/products/{id}",
    summary: "One of the caller's products",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/products/{id}",
    summary: "Update a product's fields, specifications and variants",
    auth: "seller",
    body: VendorUpdateProduct,
    bodyName: "VendorUpdateProduct",
  },
  {
    method: "delete",
    path: "/vendor/products/{id}",
    summary: "Delete one of the caller's products",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/products/{id}/publish",
    summary: "Publish a product",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/products/{id}/unpublish",
    summary: "Unpublish a product (back to draft)",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/sellers",
    summary: "Create the caller's seller (pending until approved)",
    auth: "seller-registration",
    body: VendorCreateSeller,
    bodyName: "VendorCreateSeller",
    status: 201,
  },
  {
    method: "get",
    path: "/vendor/sellers/me",
    summary: "The caller's store profile",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/sellers/me",
    summary: "Update the caller's store profile",
    auth: "seller",
    body: VendorUpdateSeller,
    bodyName: "VendorUpdateSeller",
  },
  {
    method: "get",
    path: "/vendor/sellers/me/members",
    summary: "The people who log in for the caller's seller",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/sellers/me/members",
    summary: "Invite a member by e-mail (owner only)",
    auth: "seller",
    body: VendorInviteMember,
    bodyName: "VendorInviteMember",
    status: 201,
    description: "A member who is not the owner gets 400 (not allowed).",
  },
  {
    method: "delete",
    path: "/vendor/sellers/me/members/{id}",
    summary: "Remove a member (owner only; never the owner)",
    auth: "seller",
    description: "A member who is not the owner gets 400 (not allowed).",
  },
  {
    method: "get",
    path: "/vendor/shipping-options",
    summary: "The caller's shipping options",
    auth: "seller",
    query: VendorListShippingOptions,
  },
  {
    method: "post",
    path: "/vendor/shipping-options",
    summary: "Create a flat or weight-based shipping option",
    auth: "seller",
    body: VendorCreateShippingOption,
    bodyName: "VendorCreateShippingOption",
    status: 201,
  },
  {
    method: "get",
    path: "/vendor/shipping-options/{id}",
    summary: "One of the caller's shipping options",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/shipping-options/{id}",
    summary: "Rename or re-price a shipping option",
    auth: "seller",
    body: VendorUpdateShippingOption,
    bodyName: "VendorUpdateShippingOption",
  },
  {
    method: "delete",
    path: "/vendor/shipping-options/{id}",
    summary: "Delete a shipping option",
    auth: "seller",
  },
  {
    method: "post",
    path: "/vendor/uploads",
    summary: "Upload up to 5 JPG/PNG/WebP images of at most 5 MB each",
    auth: "seller",
    rawBody: {
      contentType: "multipart/form-data",
      schema: {
        type: "object",
        required: ["files"],
        properties: {
          files: {
            type: "array",
            maxItems: 5,
            items: { type: "string", contentMediaType: "image/*" },
          },
        },
      },
    },
  },
]

/** The marketplace plugin's OpenAPI paths and components. */
export function marketplaceOpenApi() {
  return buildOpenApiPart(TAG, marketplaceOperations)
}

export default marketplaceOpenApi
