/** Module names registered by @belanjain/marketplace (snake_case, one place). */
export enum MarketplaceModules {
  SELLER = "seller",
  PRODUCT_SEARCH = "product_search",
  ORDER_GROUP = "order_group",
  /** Every transactional message sent, with its content and attempts; low-stock alert state. */
  MESSAGE = "marketplace_message",
  SELLER_ANALYTICS = "seller_analytics",
  /** Shoppers' browser push subscriptions (Web Push endpoint and keys). */
  PUSH_SUBSCRIPTION = "push_subscription",
}

/** The actor type sellers authenticate as (`/auth/seller/emailpass`). */
export const SELLER_ACTOR_TYPE = "seller"

export const SELLER_STATUSES = ["pending", "active", "suspended"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]

export const SELLER_MEMBER_ROLES = ["owner", "member"] as const
export type SellerMemberRole = (typeof SELLER_MEMBER_ROLES)[number]

/**
 * Allowed seller status changes, as data (checked in one step):
 * an operator approves a pending seller, suspends an active one, reactivates a
 * suspended one, or rejects a pending one by suspending it.
 */
export const SELLER_STATUS_TRANSITIONS: Record<
  SellerStatus,
  readonly SellerStatus[]
> = {
  pending: ["active", "suspended"],
  active: ["suspended"],
  suspended: ["active"],
}

export function canChangeSellerStatus(
  from: SellerStatus,
  to: SellerStatus
): boolean {
  return SELLER_STATUS_TRANSITIONS[from]?.includes(to) ?? false
}

/**
 * Below this many available units (stocked − reserved, over the seller's
 * locations) a variant is low on stock: the inventory table's `low_stock`
 * flag, the analytics low-stock list and the seller's low-stock alert.
 */
export const LOW_STOCK_THRESHOLD = 10

/**
 * The store's time zone for seller analytics (plugin option
 * `analytics_timezone`): every "day" of a report is a calendar day there.
 */
export const DEFAULT_ANALYTICS_TIMEZONE = "Asia/Jakarta"

/**
 * Who did something, as events carry it (`actor`, read by
 * @belanjain/audit): the request's auth actor type (`user` for operators,
 * `seller` for seller members, `customer`) and id; null = the system.
 */
export type EventActor = { type: string; id: string | null } | null

/** Before and after of each changed field, as events carry it (`changes`). */
export type EventChanges = Record<string, { from: unknown; to: unknown }>

/** Seller events. `status_changed`: `{ id, from, to, actor }`. */
export const SellerEvents = {
  CREATED: "seller.created",
  STATUS_CHANGED: "seller.status_changed",
} as const

/**
 * A seller changed a variant's prices (`/vendor/products/:id`): one event per
 * variant, `{ id: variant_id, product_id, seller_id, actor, changes: { prices } }`.
 */
export const SellerProductEvents = {
  PRICES_CHANGED: "seller_product.prices_changed",
} as const

/**
 * A seller's stock update changed a level: one event per inventory item and
 * location, `{ id: inventory_item_id, location_id, seller_id, actor,
 * changes: { stocked_quantity } }`.
 */
export const SellerStockEvents = {
  CHANGED: "seller_stock.changed",
} as const

/**
 * A seller's order, as the seller and the shopper see it. Derived from
 * Medusa's own records, not stored in a column of ours: cancelled = the
 * order is canceled; delivered = its fulfillment is delivered; shipped = its
 * fulfillment has a shipment; processing = the seller accepted it (a
 * fulfillment exists); pending = none of these.
 */
export const SELLER_ORDER_STATUSES = [
  "pending",
  "processing",
  "shipped",
  "delivered",
  "cancelled",
] as const
export type SellerOrderStatus = (typeof SELLER_ORDER_STATUSES)[number]

/** Allowed seller order status changes, as data (checked in one step). */
export const SELLER_ORDER_STATUS_TRANSITIONS: Record<
  SellerOrderStatus,
  readonly SellerOrderStatus[]
> = {
  pending: ["processing", "cancelled"],
  processing: ["shipped", "cancelled"],
  shipped: ["delivered"],
  delivered: [],
  cancelled: [],
}

export function canChangeSellerOrderStatus(
  from: SellerOrderStatus,
  to: SellerOrderStatus
): boolean {
  return SELLER_ORDER_STATUS_TRANSITIONS[from]?.includes(to) ?? false
}

export const OrderGroupEvents = {
  /** A checkout was split: data `{ id, order_ids }`. */
  CREATED: "order_group.created",
} as const

/** Seller order transitions: data `{ id, seller_id, order_group_id }`. */
export const SellerOrderEvents = {
  ACCEPTED: "seller_order.accepted",
  SHIPPED: "seller_order.shipped",
  DELIVERED: "seller_order.delivered",
  CANCELED: "seller_order.canceled",
} as const

/**
 * Seller shipping. Each seller has its own shipping profile, and a "shipping"
 * fulfillment set at its own stock location with one service zone for
 * Indonesia; its shipping options live there (see the
 * `marketplace-ensure-seller-shipping` workflow).
 */
export const SELLER_SHIPPING_PROFILE_TYPE = "seller"
export const SELLER_SHIPPING_COUNTRY = "id"

/** Medusa's manual provider (`@medusajs/medusa/fulfillment-manual`, id "manual"): flat rates. */
export const MANUAL_FULFILLMENT_PROVIDER_ID = "manual_manual"

/**
 * The plugin's simulated rate provider (`@belanjain/marketplace/providers/shipping-rates`),
 * registered in medusa-config.ts with id "weight": weight-based rates.
 */
export const SHIPPING_RATES_IDENTIFIER = "belanjain-rates"
export const SHIPPING_RATES_PROVIDER_ID = `${SHIPPING_RATES_IDENTIFIER}_weight`

export const SELLER_SHIPPING_RATE_TYPES = ["flat", "weight"] as const
export type SellerShippingRateType = (typeof SELLER_SHIPPING_RATE_TYPES)[number]

/**
 * The channel of browser push notifications in Medusa's Notification Module
 * (the plugin's `providers/web-push` takes it when VAPID keys are configured).
 */
export const PUSH_NOTIFICATION_CHANNEL = "push"
