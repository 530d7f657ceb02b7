import { MathBN } from "@medusajs/framework/utils"
import type { SellerOrderStatus } from "../../../types"
import { CANCELLATION_METADATA_KEY } from "../steps/release-seller-order-payment"
import { sumAmounts } from "./payment-share"
import {
  activeFulfillments,
  deriveSellerOrderStatus,
  SELLER_ORDER_STATE_FIELDS,
} from "./seller-order-status"
import type { QueryRow } from "./query-row"

/**
 * How sellers (/vendor/orders) and shoppers (/store/order-groups) see a
 * seller order: Query fields and the response shape built from them.
 */

type Row = QueryRow

/** Query fields of a seller order, relative to the order. */
export const SELLER_ORDER_VIEW_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "canceled_at",
  "currency_code",
  "email",
  "metadata",
  ...SELLER_ORDER_STATE_FIELDS,
  "fulfillments.location_id",
  "fulfillments.created_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
  "fulfillments.labels.label_url",
  "items.id",
  "items.title",
  "items.thumbnail",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
  "item_total",
  "shipping_total",
  "discount_total",
  "tax_total",
  "total",
  "order_group.id",
]

/** The shipping address fields shown in an order's detail. */
export const SHIPPING_ADDRESS_FIELDS = [
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.phone",
]

const num = (value: unknown) =>
  value === null || value === undefined ? null : Number(value)

const text = (value: unknown) =>
  typeof value === "string" && value.length ? value : null

const date = (value: unknown) =>
  value ? new Date(value as string).toISOString() : null

export type SellerOrderView = {
  id: string
  display_id: number | null
  status: SellerOrderStatus
  order_group_id: string | null
  created_at: string | null
  /** When the shopper confirmed receipt (the fulfillment's delivered_at). */
  delivered_at: string | null
  shipped_at: string | null
  canceled_at: string | null
  currency_code: string
  items: Row[]
  shipping_methods: Row[]
  totals: Record<string, number | null>
  fulfillments: Row[]
  /** The tracking label of the order's shipment, once shipped. */
  tracking: Row | null
  cancellation: Row | null
  shipping_address?: Row | null
}

export function toSellerOrderView(order: Row): SellerOrderView {
  const active = activeFulfillments(order as { fulfillments?: Row[] })[0] as
    Row | undefined
  const fulfillments = ((order.fulfillments ?? []) as Row[])
    .filter(Boolean)
    .map((f) => ({
      id: f.id,
      location_id: f.location_id ?? null,
      created_at: date(f.created_at),
      shipped_at: date(f.shipped_at),
      delivered_at: date(f.delivered_at),
      canceled_at: date(f.canceled_at),
      labels: ((f.labels ?? []) as Row[]).filter(Boolean).map(label),
    }))
  const activeLabels = ((active?.labels ?? []) as Row[]).filter(Boolean)
  const view: SellerOrderView = {
    id: order.id,
    display_id: order.display_id ?? null,
    status: deriveSellerOrderStatus(order),
    order_group_id: order.order_group?.id ?? null,
    created_at: date(order.created_at),
    shipped_at: date(active?.shipped_at),
    delivered_at: date(active?.delivered_at),
    canceled_at: date(order.canceled_at),
    currency_code: order.currency_code,
    items: ((order.items ?? []) as Row[]).filter(Boolean).map((item) => ({
      id: item.id,
      title: item.title,
      product_id: item.product_id ?? null,
      product_title: item.product_title ?? null,
      variant_id: item.variant_id ?? null,
      variant_title: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: num(item.quantity),
      unit_price: num(item.unit_price),
      total: num(item.total),
    })),
    shipping_methods: ((order.shipping_methods ?? []) as Row[])
      .filter(Boolean)
      .map((method) => ({
        id: method.id,
        name: method.name,
        shipping_option_id: method.shipping_option_id ?? null,
        amount: num(method.amount),
      })),
    totals: {
      item_total: num(order.item_total),
      shipping_total: num(order.shipping_total),
      discount_total: num(order.discount_total),
      tax_total: num(order.tax_total),
      total: num(order.total),
    },
    fulfillments,
    tracking: activeLabels.length ? label(activeLabels[0]) : null,
    cancellation: order.metadata?.[CANCELLATION_METADATA_KEY] ?? null,
  }
  if ("shipping_address" in order) {
    view.shipping_address = order.shipping_address
      ? Object.fromEntries(
          SHIPPING_ADDRESS_FIELDS.map((field) => {
            const key = field.slice("shipping_address.".length)
            return [key, order.shipping_address[key] ?? null]
          })
        )
      : null
  }
  return view
}

function label(row: Row) {
  return {
    tracking_number: row.tracking_number,
    tracking_url: text(row.tracking_url),
    label_url: text(row.label_url),
  }
}

/** A seller's earnings on an order, from its commission lines. */
export type SellerOrderEarnings = {
  /** Σ base_amount: the lines' totals after discounts, without tax. */
  gross: number
  /** Σ amount: the platform's commission. */
  commission: number
  /** gross − commission. */
  net: number
}

export function earningsOf(lines: Row[]): SellerOrderEarnings {
  const gross = sumAmounts(lines, "base_amount")
  const commission = sumAmounts(lines, "amount")
  return {
    gross: Number(gross),
    commission: Number(commission),
    net: MathBN.sub(gross, commission).toNumber(),
  }
}
