import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  SELLER_ORDER_VIEW_FIELDS,
  toSellerOrderView,
} from "../../../workflows/order-lifecycle/utils/seller-order-view"
import type { QueryRow } from "../../../workflows/order-lifecycle/utils/query-row"

type Row = QueryRow

/** Query fields of an order group as its shopper sees it. */
export const storeOrderGroupFields = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "email",
  "total",
  ...SELLER_ORDER_VIEW_FIELDS.filter((f) => !f.startsWith("order_group.")).map(
    (f) => `orders.${f}`
  ),
  "orders.seller.id",
  "orders.seller.name",
  "orders.seller.handle",
]

/**
 * A checkout as its shopper sees it: the group total (what was paid at
 * checkout) and each seller's order with the seller, its own status, items,
 * shipping, totals and tracking.
 */
export function toStoreOrderGroup(group: Row) {
  const orders = ((group.orders ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => (a.display_id ?? 0) - (b.display_id ?? 0))
    .map((order) => ({
      ...toSellerOrderView(order),
      order_group_id: group.id,
      seller: order.seller
        ? {
            id: order.seller.id,
            name: order.seller.name,
            handle: order.seller.handle,
          }
        : null,
    }))
  return {
    id: group.id,
    display_id: group.display_id ?? null,
    created_at: group.created_at
      ? new Date(group.created_at).toISOString()
      : null,
    currency_code: group.currency_code,
    email: group.email ?? null,
    total: Number(group.total),
    orders,
  }
}

export async function retrieveStoreOrderGroup(
  scope: MedusaContainer,
  id: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_group",
    fields: storeOrderGroupFields,
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order group with id: ${id} was not found`
    )
  }
  return toStoreOrderGroup(data[0] as Row)
}
