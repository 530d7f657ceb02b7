import {
  canChangeSellerOrderStatus,
  type SellerOrderStatus,
} from "../../../types"

type Timestamp = Date | string | null | undefined

/** The parts of a Medusa order (as Query returns it) a seller order status is derived from. */
export type SellerOrderState = {
  status?: string | null
  fulfillments?:
    | ({
        shipped_at?: Timestamp
        delivered_at?: Timestamp
        canceled_at?: Timestamp
      } | null)[]
    | null
}

/** Query fields `deriveSellerOrderStatus` needs (relative to an order). */
export const SELLER_ORDER_STATE_FIELDS = [
  "status",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

/** The order's fulfillments that are not canceled. */
export function activeFulfillments<
  F extends { canceled_at?: Timestamp },
>(order: { fulfillments?: (F | null)[] | null }): F[] {
  return (order.fulfillments ?? []).filter((f): f is F => !!f && !f.canceled_at)
}

/**
 * A seller order's status, derived from Medusa's own records (there is no
 * status column of ours): cancelled = the order is canceled; delivered =
 * every (non-canceled) fulfillment is delivered; shipped = every one has a
 * shipment; processing = the seller accepted it (a fulfillment exists);
 * pending = none of these.
 */
export function deriveSellerOrderStatus(
  order: SellerOrderState
): SellerOrderStatus {
  if (order.status === "canceled") return "cancelled"
  const active = activeFulfillments(order)
  if (!active.length) return "pending"
  if (active.every((f) => !!f.delivered_at)) return "delivered"
  if (active.every((f) => !!f.shipped_at)) return "shipped"
  return "processing"
}

/**
 * Why a seller order may not change from `from` to `to`, or null when it
 * may. `allowedFrom` narrows the transition table for one caller (a shopper
 * cancels only pending orders); it never widens it.
 */
export function sellerOrderTransitionRefusal(
  from: SellerOrderStatus,
  to: SellerOrderStatus,
  allowedFrom?: readonly SellerOrderStatus[],
  label = "seller order"
): string | null {
  const legal = canChangeSellerOrderStatus(from, to)
  if (legal && (!allowedFrom || allowedFrom.includes(from))) return null
  const hint =
    legal && allowedFrom
      ? ` (this action applies only to ${allowedFrom.join(" or ")} orders)`
      : ""
  return `Cannot change ${label} from ${from} to ${to}${hint}`
}
