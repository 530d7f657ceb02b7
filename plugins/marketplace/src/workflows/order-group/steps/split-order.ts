import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  Modules,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MarketplaceModules, OrderGroupEvents } from "../../../types"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { commissionAmount, commissionRate } from "../utils/commission"
import { lookupSellers } from "../utils/seller-lookup"
import {
  planSellerOrders,
  sellersInOrder,
  type SplitSource,
} from "../utils/split-plan"

export type SplitOrderInput = { order_id: string; cart_id: string }

export type SplitOrderResult = {
  /** null when no item is sold by a seller (Medusa's plain checkout). */
  order_group_id: string | null
  order_ids: string[]
}

/** What undoing a split needs. */
export type SplitOrderUndo = {
  source_order_id: string
  created_order_ids: string[]
  order_group_id?: string
  commission_line_ids: string[]
  links: Record<string, Record<string, string>>[]
  event_group_id?: string
  event_names: string[]
}

type Row = Record<string, any>

const ORDER_FIELDS = [
  "id",
  "display_id",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "status",
  "email",
  "currency_code",
  "locale",
  "no_notification",
  "metadata",
  "total",
  "shipping_address.*",
  "billing_address.*",
  "items.*",
  "items.quantity",
  "items.raw_quantity",
  "items.tax_lines.*",
  "items.adjustments.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "credit_lines.*",
  "transactions.*",
]

/**
 * Split the order Medusa just placed for a cart into one order per seller,
 * under one order group that carries the cart's payment collection.
 *
 * Runs inside `completeCartWorkflow` (its `orderCreated` hook), so the cart
 * lock is held and every earlier step (order, reservations, payment
 * authorization) is compensated if this fails. Everything this function
 * writes is listed in the returned undo record; on its own failure it undoes
 * that itself before rethrowing.
 */
export async function splitPlacedOrder(
  container: MedusaContainer,
  input: SplitOrderInput,
  eventGroupId?: string
): Promise<StepResponse<SplitOrderResult, SplitOrderUndo>> {
  const undo: SplitOrderUndo = {
    source_order_id: input.order_id,
    created_order_ids: [],
    commission_line_ids: [],
    links: [],
    event_group_id: eventGroupId,
    event_names: [],
  }
  try {
    const result = await split(container, input, undo)
    return new StepResponse(result, undo)
  } catch (error) {
    await undoSplit(container, undo).catch(() => undefined)
    throw error
  }
}

async function split(
  container: MedusaContainer,
  input: SplitOrderInput,
  undo: SplitOrderUndo
): Promise<SplitOrderResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const orderModule = container.resolve(Modules.ORDER)
  const groups = container.resolve<OrderGroupModuleService>(
    MarketplaceModules.ORDER_GROUP
  )

  const [existing] = await groups.listOrderGroups({ cart_id: input.cart_id })
  if (existing) {
    // Medusa runs this hook only when it creates the order; a group for the
    // cart can only mean the split already happened.
    const { data: linked } = await query.graph({
      entity: "order_group",
      fields: ["orders.id"],
      filters: { id: existing.id },
    })
    return {
      order_group_id: existing.id,
      order_ids: ((linked[0] as Row)?.orders ?? []).map((o: Row) => o.id),
    }
  }

  const [{ data: orders }, { data: carts }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
    }),
    query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.id"],
      filters: { id: input.cart_id },
    }),
  ])
  const source = orders[0] as unknown as SplitSource & Row
  if (!source) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${input.order_id} of cart ${input.cart_id} was not found`
    )
  }
  const paymentCollectionId: string | undefined = (carts[0] as Row)
    ?.payment_collection?.id

  const lookup = await lookupSellers(
    container,
    source.items ?? [],
    source.shipping_methods ?? []
  )
  if (!lookup.sellerOfProduct.size) {
    // A store without sellers keeps Medusa's plain order.
    return { order_group_id: null, order_ids: [source.id] }
  }
  const sellerIds = sellersInOrder(source.items ?? [], lookup.sellerOfProduct)

  // -- the per-seller orders ------------------------------------------------
  let orderIds: string[]
  let sellerOfOrder: Map<string, string>
  if (sellerIds.length <= 1) {
    orderIds = [source.id]
    sellerOfOrder = new Map([[source.id, sellerIds[0]]])
  } else {
    const plans = planSellerOrders(source, lookup)
    await orderModule.deleteOrders([source.id])
    const created = await orderModule.createOrders(
      plans.map((p) => p.input) as any
    )
    undo.created_order_ids = created.map((o) => o.id)
    orderIds = created.map((o) => o.id)
    sellerOfOrder = new Map(
      created.map((order, index) => [order.id, plans[index].seller_id])
    )
  }

  const { data: placed } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "currency_code",
      "items.id",
      "items.total",
      "items.tax_total",
    ],
    filters: { id: orderIds },
  })
  const byId = new Map((placed as Row[]).map((o) => [o.id, o]))
  const sum: any = (placed as Row[]).reduce(
    (acc: any, o) => MathBN.add(acc, o.total ?? 0),
    MathBN.convert(0)
  )
  if (!MathBN.eq(sum, (source.total ?? 0) as any)) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Split of order ${source.id} does not add up: ${sum.toString()} ≠ ${String(source.total)}`
    )
  }

  // Captures Medusa recorded on the placed order (auto-capturing providers)
  // were deleted with it: spread them over the seller orders.
  if (sellerIds.length > 1) {
    const captured = ((source as Row).transactions ?? [])
      .filter(Boolean)
      .reduce(
        (acc: any, t: Row) =>
          MathBN.add(acc, (t.raw_amount ?? t.amount) as any),
        MathBN.convert(0)
      )
    let remaining = captured
    const transactions: Row[] = []
    for (const id of orderIds) {
      if (MathBN.lte(remaining, 0)) break
      const share = MathBN.min(remaining, byId.get(id)?.total ?? 0)
      transactions.push({
        order_id: id,
        amount: share,
        currency_code: source.currency_code,
        reference: "capture",
        reference_id: (source as Row).transactions?.[0]?.reference_id,
      })
      remaining = MathBN.sub(remaining, share)
    }
    if (transactions.length) {
      await orderModule.addOrderTransactions(transactions as any)
    }
  }

  // -- the group, commissions and links ---------------------------------------
  const group = await groups.createOrderGroups({
    cart_id: input.cart_id,
    customer_id: source.customer_id ?? null,
    email: source.email ?? null,
    currency_code: source.currency_code,
    total: source.total as any,
  })
  undo.order_group_id = group.id

  const commissionLines = await commissionLinesFor(
    container,
    groups,
    orderIds.map((id) => byId.get(id)!),
    sellerOfOrder,
    source.currency_code
  )
  if (commissionLines.length) {
    const created = (await groups.createCommissionLines(
      commissionLines as any
    )) as unknown as { id: string }[]
    undo.commission_line_ids = created.map((line) => line.id)
  }

  const links: Record<string, Record<string, string>>[] = []
  for (const orderId of orderIds) {
    links.push({
      [MarketplaceModules.ORDER_GROUP]: { order_group_id: group.id },
      [Modules.ORDER]: { order_id: orderId },
    })
    links.push({
      [MarketplaceModules.SELLER]: { seller_id: sellerOfOrder.get(orderId)! },
      [Modules.ORDER]: { order_id: orderId },
    })
  }
  if (paymentCollectionId) {
    links.push({
      [MarketplaceModules.ORDER_GROUP]: { order_group_id: group.id },
      [Modules.PAYMENT]: { payment_collection_id: paymentCollectionId },
    })
  }
  links.push(...(await promotionLinks(container, source.id, orderIds)))
  await link.create(links)
  undo.links = links

  // The group carries the payment: a seller order must not (cancelling one
  // seller's order with Medusa's workflow would otherwise void the payment
  // of every seller).
  if (paymentCollectionId) {
    await link.dismiss({
      [Modules.ORDER]: { order_id: source.id },
      [Modules.PAYMENT]: { payment_collection_id: paymentCollectionId },
    })
  }

  // -- events (released by Medusa only if the whole completion succeeds) -----
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const metadata = undo.event_group_id
    ? { eventGroupId: undo.event_group_id }
    : undefined
  const extraOrders = orderIds.filter((id) => id !== source.id)
  await eventBus.emit<Row>([
    ...extraOrders.map((id) => ({
      name: OrderWorkflowEvents.PLACED,
      data: { id },
      metadata,
    })),
    {
      name: OrderGroupEvents.CREATED,
      data: { id: group.id, order_ids: orderIds },
      metadata,
    },
  ])
  undo.event_names = [OrderWorkflowEvents.PLACED, OrderGroupEvents.CREATED]

  return { order_group_id: group.id, order_ids: orderIds }
}

async function commissionLinesFor(
  container: MedusaContainer,
  groups: OrderGroupModuleService,
  orders: Row[],
  sellerOfOrder: Map<string, string>,
  currencyCode: string
): Promise<Row[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sellerIds = [...new Set(sellerOfOrder.values())]
  const [{ data: sellers }, { data: currencies }] = await Promise.all([
    query.graph({
      entity: "seller",
      fields: ["id", "commission_rate"],
      filters: { id: sellerIds },
    }),
    query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code: currencyCode.toLowerCase() },
    }),
  ])
  const platformRate = groups.getDefaultCommissionRate()
  const rateOf = new Map(
    (sellers as Row[]).map((s) => [
      s.id,
      commissionRate(s.commission_rate, platformRate),
    ])
  )
  const digits = Number((currencies[0] as Row)?.decimal_digits ?? 2)

  return orders.flatMap((order) => {
    const sellerId = sellerOfOrder.get(order.id)!
    const rate = rateOf.get(sellerId) ?? platformRate
    return (order.items ?? []).filter(Boolean).map((item: Row) => {
      const base = MathBN.sub(item.total ?? 0, item.tax_total ?? 0)
      return {
        order_id: order.id,
        line_item_id: item.id,
        seller_id: sellerId,
        currency_code: currencyCode,
        rate,
        base_amount: base.toNumber(),
        amount: commissionAmount(base.toNumber(), rate, digits),
      }
    })
  })
}

/** order ↔ promotion links for the new orders, for the promotions their lines use. */
async function promotionLinks(
  container: MedusaContainer,
  sourceId: string,
  orderIds: string[]
): Promise<Record<string, Record<string, string>>[]> {
  const extra = orderIds.filter((id) => id !== sourceId)
  if (!extra.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.adjustments.promotion_id",
      "shipping_methods.adjustments.promotion_id",
    ],
    filters: { id: extra },
  })
  return (data as Row[]).flatMap((order) => {
    const ids = new Set<string>()
    for (const line of [
      ...(order.items ?? []),
      ...(order.shipping_methods ?? []),
    ]) {
      for (const adj of line?.adjustments ?? []) {
        if (adj?.promotion_id) ids.add(adj.promotion_id)
      }
    }
    return [...ids].map((promotion_id) => ({
      [Modules.ORDER]: { order_id: order.id },
      [Modules.PROMOTION]: { promotion_id },
    }))
  })
}

/**
 * Undo a split: remove the group, its commission lines, the links and the
 * seller orders it created, and withdraw its events. The order Medusa placed
 * (whose id the first seller order reuses) is removed by Medusa's own
 * compensation of its order creation.
 */
export async function undoSplit(
  container: MedusaContainer,
  undo: SplitOrderUndo | undefined
): Promise<void> {
  if (!undo) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const orderModule = container.resolve(Modules.ORDER)
  const groups = container.resolve<OrderGroupModuleService>(
    MarketplaceModules.ORDER_GROUP
  )
  if (undo.event_group_id && undo.event_names.length) {
    await container
      .resolve(Modules.EVENT_BUS)
      .clearGroupedEvents(undo.event_group_id, {
        eventNames: undo.event_names,
      })
  }
  if (undo.links.length) {
    await link.dismiss(undo.links)
  }
  if (undo.commission_line_ids.length) {
    await groups.deleteCommissionLines(undo.commission_line_ids)
  }
  if (undo.order_group_id) {
    await groups.deleteOrderGroups([undo.order_group_id])
  }
  const extra = undo.created_order_ids.filter(
    (id) => id !== undo.source_order_id
  )
  if (extra.length) {
    await orderModule.deleteOrders(extra)
  }
}
