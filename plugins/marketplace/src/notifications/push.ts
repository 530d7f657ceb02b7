import { sellerOrderStatusCopy } from "./templates"
import type {
  NotificationLocale,
  NotifiedSellerOrderStatus,
  SellerOrderStatusShopperData,
} from "./types"

/** Template ids of the push notifications (the Notification Module's `template`). */
export const PushTemplates = {
  /** To the shopper's browsers: a seller order was accepted, shipped, delivered or cancelled. */
  SELLER_ORDER_STATUS_SHOPPER: "marketplace-seller-order-status-push",
} as const

/**
 * The JSON payload of a seller order status push, as the storefront's
 * service worker receives it: what to show (`title`, `body`), where a click
 * leads (`url`, the storefront's account page), and which order changed to
 * which status (`processing` = accepted, `shipped`, `delivered`, `cancelled`).
 */
export type SellerOrderStatusPushPayload = {
  title: string
  body: string
  url: string
  order_id: string
  status: NotifiedSellerOrderStatus
}

/** Title and body of a seller order status push: the e-mail's subject and sentence, plus the tracking numbers when shipped. */
export function renderSellerOrderStatusPush(
  locale: NotificationLocale,
  data: Pick<
    SellerOrderStatusShopperData,
    "status" | "display_id" | "seller_name" | "tracking_numbers"
  >
): { title: string; body: string } {
  const copy = sellerOrderStatusCopy(locale, data)
  const tracking =
    data.status === "shipped" && data.tracking_numbers.length
      ? ` ${locale === "en" ? "Tracking number" : "Nomor resi"}: ${data.tracking_numbers.join(", ")}`
      : ""
  return { title: copy.subject, body: `${copy.text}${tracking}` }
}
