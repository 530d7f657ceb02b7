import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type Api, call } from "./actors"
import {
  type Market,
  type MarketSeller,
  prepareCart,
  storefrontSdk,
} from "./checkout"

type Row = Record<string, any>

export type PlacedOrder = {
  id: string
  display_id: number
  seller_id: string
  total: number
  items: { id: string; variant_id: string; quantity: number }[]
}

export type PlacedGroup = {
  id: string
  cart_id: string
  customer_id: string | null
  payment_collection_id: string
  total: number
  orders: PlacedOrder[]
  /** The order of `seller` in this group. */
  orderOf: (seller: { id: string }) => PlacedOrder
}

/**
 * A real split order: a cart built and completed through the Store API
 * (js-sdk), as a guest or — with `token` — as a signed-in customer.
 */
export async function placeOrder(
  api: Api,
  container: MedusaContainer,
  market: Market,
  lines: { variant_id: string; quantity: number }[],
  options: { token?: string; email?: string } = {}
): Promise<PlacedGroup> {
  const sdk = options.token
    ? storefrontSdk(api, market.publishable_key, options.token)
    : storefrontSdk(api, market.publishable_key)
  const cart = await prepareCart(sdk, market, lines, options.email)
  const completed = await sdk.store.cart.complete(cart.id)
  if (completed.type !== "order") {
    throw new Error(`checkout failed: ${JSON.stringify(completed)}`)
  }
  return groupOfCart(container, cart.id)
}

export async function groupOfCart(
  container: MedusaContainer,
  cartId: string
): Promise<PlacedGroup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "cart_id",
      "customer_id",
      "total",
      "payment_collection.id",
      "orders.id",
      "orders.display_id",
      "orders.total",
      "orders.seller.id",
      "orders.items.id",
      "orders.items.variant_id",
      "orders.items.quantity",
    ],
    filters: { cart_id: cartId },
  })
  const group = data[0] as Row
  const orders: PlacedOrder[] = (group.orders as Row[]).map((o) => ({
    id: o.id,
    display_id: o.display_id,
    seller_id: o.seller.id,
    total: Number(o.total),
    items: (o.items as Row[]).map((i) => ({
      id: i.id,
      variant_id: i.variant_id,
      quantity: Number(i.quantity),
    })),
  }))
  return {
    id: group.id,
    cart_id: group.cart_id,
    customer_id: group.customer_id ?? null,
    payment_collection_id: group.payment_collection.id,
    total: Number(group.total),
    orders,
    orderOf: (seller) => {
      const order = orders.find((o) => o.seller_id === seller.id)
      if (!order) throw new Error(`no order of seller ${seller.id}`)
      return order
    },
  }
}

/** A seller's action on one of its orders, through the Vendor API. */
export function vendorAction(
  api: Api,
  seller: { headers: { headers: Record<string, string> } },
  orderId: string,
  action: "accept" | "ship" | "cancel",
  body: Record<string, unknown> = {}
) {
  return call(
    api.post(`/vendor/orders/${orderId}/${action}`, body, seller.headers)
  )
}

/** A shopper's action on one order of its group, through the Store API. */
export function shopperAction(
  api: Api,
  shopper: { headers: Record<string, string> },
  group: { id: string },
  orderId: string,
  action: "cancel" | "confirm-receipt",
  body: Record<string, unknown> = {}
) {
  return call(
    api.post(
      `/store/order-groups/${group.id}/orders/${orderId}/${action}`,
      body,
      { headers: shopper.headers }
    )
  )
}

/** The order as Medusa holds it: status, fulfillments, metadata. */
export async function orderRecord(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "canceled_at",
      "metadata",
      "total",
      "fulfillments.id",
      "fulfillments.location_id",
      "fulfillments.provider_id",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
      "fulfillments.labels.tracking_number",
      "fulfillments.labels.tracking_url",
      "transactions.amount",
      "transactions.reference",
      "credit_lines.amount",
    ],
    filters: { id },
  })
  return data[0] as Row
}

/** Stocked and reserved quantities of a seller's variant at its location. */
export async function stockOf(
  container: MedusaContainer,
  seller: MarketSeller,
  variantIndex = 0
) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: seller.variants[variantIndex].inventory_item_id,
      location_id: seller.location_id,
    })
  return {
    stocked: Number(level.stocked_quantity),
    reserved: Number(level.reserved_quantity),
  }
}

/** Reservations of the given order lines. */
export async function reservationsOf(
  container: MedusaContainer,
  order: { items: { id: string }[] }
) {
  const reservations = await container
    .resolve(Modules.INVENTORY)
    .listReservationItems({ line_item_id: order.items.map((i) => i.id) })
  return reservations.map((r) => ({
    line_item_id: r.line_item_id,
    location_id: r.location_id,
    quantity: Number(r.quantity),
  }))
}

/** The group's payment collection with its payments, captures and refunds. */
export async function paymentOf(
  container: MedusaContainer,
  paymentCollectionId: string
) {
  const [collection] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentCollections(
      { id: paymentCollectionId },
      {
        relations: ["payments", "payments.captures", "payments.refunds"],
      }
    )
  return collection as unknown as Row
}

/** Captures the group's (authorized) payment in full, as an operator would. */
export async function captureGroupPayment(
  container: MedusaContainer,
  paymentCollectionId: string
) {
  const collection = await paymentOf(container, paymentCollectionId)
  const { capturePaymentWorkflow } = await import("@medusajs/medusa/core-flows")
  for (const payment of collection.payments as Row[]) {
    await capturePaymentWorkflow(container).run({
      input: { payment_id: payment.id },
    })
  }
}

/** Records the events with the given names emitted from now on. */
export function recordEvents(container: MedusaContainer, names: string[]) {
  const events: { name: string; data: Row }[] = []
  const bus = container.resolve(Modules.EVENT_BUS)
  for (const name of names) {
    bus.subscribe(
      name,
      async (event: Row) => {
        events.push({ name, data: event.data })
      },
      { subscriberId: `test-recorder-${name}-${Math.random()}` }
    )
  }
  return events
}

/** Waits until `check` passes (events are delivered asynchronously). */
export async function eventually(check: () => void, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      check()
      return
    } catch (error) {
      if (Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}
