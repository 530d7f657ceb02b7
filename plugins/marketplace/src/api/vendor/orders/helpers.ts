import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import SellerOrderLink from "../../../links/seller-order"
import { MarketplaceModules, type SellerOrderStatus } from "../../../types"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import {
  deriveSellerOrderStatus,
  SELLER_ORDER_STATE_FIELDS,
} from "../../../workflows/order-lifecycle/utils/seller-order-status"
import {
  earningsOf,
  toSellerOrderView,
} from "../../../workflows/order-lifecycle/utils/seller-order-view"
import { vendorOrderFields } from "./query-config"
import type { VendorListOrdersType } from "./validators"
import type { QueryRow } from "../../../workflows/order-lifecycle/utils/query-row"

type Row = QueryRow

/** Ids of all orders linked to the seller (the seller↔order link table). */
export async function listSellerOrderIds(
  scope: MedusaContainer,
  sellerId: string
): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SellerOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { seller_id: sellerId },
  })
  return (data as { order_id: string }[]).map((row) => row.order_id)
}

/** Order filters of a list query, except `status` (derived, see below). */
function orderFilters(ids: string[], params: VendorListOrdersType) {
  const filters: Record<string, unknown> = { id: ids }
  const createdAt: Record<string, Date> = {}
  if (params.created_after) createdAt.$gte = params.created_after
  if (params.created_before) createdAt.$lt = params.created_before
  for (const [op, value] of Object.entries(params.created_at ?? {})) {
    if (value) createdAt[`$${op}`] = value
  }
  if (Object.keys(createdAt).length) filters.created_at = createdAt
  if (params.q) filters.q = params.q
  const statuses = params.status ?? []
  // Narrow in the database where the derived status allows it.
  if (statuses.length && !statuses.includes("cancelled")) {
    filters.status = { $ne: "canceled" }
  } else if (statuses.length === 1 && statuses[0] === "cancelled") {
    filters.status = "canceled"
  }
  return filters
}

const NEWEST_FIRST = { created_at: "DESC" as const, id: "DESC" as const }

/**
 * A page of the seller's orders, newest first. Without a status filter the
 * database pages; with one, the (derived) status of every matching order is
 * computed from its fulfillments first and the page is cut from those.
 */
export async function listSellerOrders(
  scope: MedusaContainer,
  sellerId: string,
  params: VendorListOrdersType,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = params
  const ids = await listSellerOrderIds(scope, sellerId)
  if (!ids.length) return { orders: [], count: 0 }
  const filters = orderFilters(ids, params)

  let rows: Row[]
  let count: number
  if (!params.status?.length) {
    const { data, metadata } = await query.graph({
      entity: "order",
      fields,
      filters,
      pagination: { skip: offset, take: limit, order: NEWEST_FIRST },
    })
    rows = data as Row[]
    count = metadata?.count ?? rows.length
  } else {
    const wanted = new Set<SellerOrderStatus>(params.status)
    const { data: states } = await query.graph({
      entity: "order",
      fields: ["id", "created_at", ...SELLER_ORDER_STATE_FIELDS],
      filters,
      pagination: { order: NEWEST_FIRST },
    })
    const matching = (states as Row[])
      .filter((row) => wanted.has(deriveSellerOrderStatus(row)))
      .map((row) => row.id as string)
    count = matching.length
    const pageIds = matching.slice(offset, offset + limit)
    const { data } = pageIds.length
      ? await query.graph({
          entity: "order",
          fields,
          filters: { id: pageIds },
        })
      : { data: [] as Row[] }
    const byId = new Map((data as Row[]).map((row) => [row.id, row]))
    rows = pageIds.map((id) => byId.get(id)).filter(Boolean) as Row[]
  }

  return { orders: await withEarnings(scope, rows), count }
}

/** Views of orders with the seller's earnings from their commission lines. */
export async function withEarnings(scope: MedusaContainer, rows: Row[]) {
  if (!rows.length) return []
  const groups = scope.resolve<OrderGroupModuleService>(
    MarketplaceModules.ORDER_GROUP
  )
  const lines = (await groups.listCommissionLines(
    { order_id: rows.map((row) => row.id) },
    { select: ["id", "order_id", "base_amount", "amount"] }
  )) as unknown as Row[]
  return rows.map((row) => ({
    ...toSellerOrderView(row),
    earnings: earningsOf(lines.filter((line) => line.order_id === row.id)),
  }))
}

/** One of the seller's orders (ownership is checked by the middleware). */
export async function retrieveVendorOrder(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: vendorOrderFields,
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id: ${id} was not found`
    )
  }
  const [order] = await withEarnings(scope, data as Row[])
  return order
}
