import type { SellerOrderTransition } from "../steps/validate-seller-order-transition"

/** The data of every SellerOrderEvents event. */
export type SellerOrderEventData = {
  id: string
  seller_id: string
  order_group_id: string | null
}

export function sellerOrderEventData(
  order: SellerOrderTransition
): SellerOrderEventData {
  return {
    id: order.id,
    seller_id: order.seller_id,
    order_group_id: order.order_group_id,
  }
}
