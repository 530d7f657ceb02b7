/** The e-commerce events the storefront emits, GA4-shaped (https://developers.google.com/analytics/devguides/collection/ga4/reference/events). */
export const ANALYTICS_EVENTS = [
  "view_item",
  "add_to_cart",
  "begin_checkout",
  "purchase",
  "voucher_purchase",
] as const
export type AnalyticsEvent = (typeof ANALYTICS_EVENTS)[number]

/** GA4's item shape. */
export type AnalyticsItem = {
  item_id: string
  item_name: string
  item_variant?: string
  item_brand?: string
  price: number
  quantity: number
}
