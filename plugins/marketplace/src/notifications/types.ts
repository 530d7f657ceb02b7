/**
 * Transactional messages of the marketplace: template ids and the data each
 * one renders. Amounts are in the currency's main unit (Medusa's), dates ISO
 * strings (`YYYY-MM-DD` or full timestamps).
 */

export const NOTIFICATION_LOCALES = ["id", "en"] as const
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number]
export const DEFAULT_NOTIFICATION_LOCALE: NotificationLocale = "id"

export const NotificationTemplates = {
  /** To the shopper: the whole checkout, each seller's order number and total. */
  ORDER_PLACED_SHOPPER: "marketplace-order-placed-shopper",
  /** To a seller: its own order of a checkout. */
  ORDER_PLACED_SELLER: "marketplace-order-placed-seller",
  /** To the shopper: a seller order was accepted, shipped, delivered or cancelled. */
  SELLER_ORDER_STATUS_SHOPPER: "marketplace-seller-order-status-shopper",
  /** To a seller: a variant's available stock fell below LOW_STOCK_THRESHOLD. */
  LOW_STOCK_SELLER: "marketplace-low-stock-seller",
  /** To a seller: it was approved (active) or suspended. */
  SELLER_STATUS_SELLER: "marketplace-seller-status-seller",
  /** To a seller: last week's figures (sent by the weekly report job). */
  WEEKLY_REPORT_SELLER: "marketplace-weekly-report-seller",
} as const
export type NotificationTemplate =
  (typeof NotificationTemplates)[keyof typeof NotificationTemplates]

export type OrderPlacedShopperData = {
  order_group_id: string
  /** The checkout's number (order group display id). */
  group_display_id: number | null
  customer_name: string | null
  currency_code: string
  total: number
  orders: {
    display_id: number
    seller_name: string
    total: number
    item_count: number
  }[]
}

export type OrderPlacedSellerData = {
  seller_name: string
  order_id: string
  display_id: number
  currency_code: string
  total: number
  items: { title: string; quantity: number; total: number }[]
  shipping_city: string | null
}

export const NOTIFIED_SELLER_ORDER_STATUSES = [
  "processing",
  "shipped",
  "delivered",
  "cancelled",
] as const
export type NotifiedSellerOrderStatus =
  (typeof NOTIFIED_SELLER_ORDER_STATUSES)[number]

export type SellerOrderStatusShopperData = {
  status: NotifiedSellerOrderStatus
  order_id: string
  display_id: number
  seller_name: string
  customer_name: string | null
  tracking_numbers: string[]
}

export type LowStockSellerData = {
  seller_name: string
  product_title: string
  variant_title: string | null
  sku: string | null
  available: number
  threshold: number
}

export type SellerStatusSellerData = {
  seller_name: string
  status: "active" | "suspended"
}

/** The data of the weekly report e-mail; the job that sends it builds one per seller. */
export type WeeklyReportSellerData = {
  seller_name: string
  /** First and last day of the week reported, `YYYY-MM-DD`. */
  week_start: string
  week_end: string
  currency_code: string
  revenue: number
  orders: number
  average_order_value: number
  /** Percent change against the week before; null when that week had nothing to compare. */
  change_vs_previous_week: {
    revenue_percent: number | null
    orders_percent: number | null
  }
  top_products: { title: string; units: number; revenue: number }[]
}

export type NotificationTemplateData = {
  [NotificationTemplates.ORDER_PLACED_SHOPPER]: OrderPlacedShopperData
  [NotificationTemplates.ORDER_PLACED_SELLER]: OrderPlacedSellerData
  [NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER]: SellerOrderStatusShopperData
  [NotificationTemplates.LOW_STOCK_SELLER]: LowStockSellerData
  [NotificationTemplates.SELLER_STATUS_SELLER]: SellerStatusSellerData
  [NotificationTemplates.WEEKLY_REPORT_SELLER]: WeeklyReportSellerData
}

/** One message to send (input of the send step and workflow). */
export type MarketplaceMessageInput<
  T extends NotificationTemplate = NotificationTemplate,
> = {
  [K in T]: {
    template: K
    data: NotificationTemplateData[K]
    /** E-mail address. */
    to: string
    /** `id` or `en` (also `en-US`, `id-ID`…); anything else renders Indonesian. */
    locale?: string | null
    /**
     * Names the message: the same key is sent once, however often the event
     * is delivered (e.g. `order-placed:shopper:<group id>`).
     */
    idempotency_key: string
    resource_type?: string
    resource_id?: string
  }
}[T]

export type RenderedMessage = {
  locale: NotificationLocale
  subject: string
  html: string
  text: string
}
