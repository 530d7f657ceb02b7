import type { EventActor, SellerOrderStatus } from "../../../types"
import type { SellerOrderTransition } from "../steps/validate-seller-order-transition"

/**
 * The data of every SellerOrderEvents event: the order, its seller and
 * group, the status change and who made it (null = the system).
 */
export type SellerOrderEventData = {
  id: string
  seller_id: string
  order_group_id: string | null
  from: SellerOrderStatus
  to: SellerOrderStatus
  actor: EventActor
}

export function sellerOrderEventData(
  order: SellerOrderTransition,
  actor: EventActor = null
): SellerOrderEventData {
  return {
    id: order.id,
    seller_id: order.seller_id,
    order_group_id: order.order_group_id,
    from: order.from,
    to: order.to,
    actor,
  }
}

/** A member or customer id as an event actor (absent: the system). */
export function eventActor(type: string, id?: string | null): EventActor {
  return id ? { type, id } : null
}
