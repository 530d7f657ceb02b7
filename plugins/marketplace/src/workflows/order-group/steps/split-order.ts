/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, products, sellers, inventory) are untyped; each function names the fields it reads */
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  Modules,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { MarketplaceModules, OrderGroupEvents } from "../../../types"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { commissionAmount, commissionRate } from "../utils/commission"
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
  /** The placed lines, with their variants' inventory (to leave the checkout gate). */
  gate_items?: Row[]
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
  "payment_collections.id",
  "shipping_address.*",
  "billing_address.*",
  "items.*",
  "items.quantity",
  "items.raw_quantity",
  "items.total",
  "items.tax_total",
  "items.tax_lines.*",
  "items.adjustments.*",
  // who sells each line, at which rate, and how it ships
  "items.variant.product.id",
  "items.variant.product.shipping_profile.id",
  "items.variant.product.seller.id",
  "items.variant.product.seller.commission_rate",
  // what the checkout gate locked
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "shipping_methods.*",
  "shipping_methods.total",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "credit_lines.*",
  "transactions.*",
]

/** Decimal digits per currency code (they never change while running). */
const currencyDigits = new Map<string, number>()

async function decimalDigits(
  container: MedusaContainer,
  currencyCode: string
): Promise<number> {
  const code = currencyCode.toLowerCase()
  if (!currencyDigits.has(code)) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code },
    })
    currencyDigits.set(code, Number((data[0] as Row)?.decimal_digits ?? 2))
  }
  return currencyDigits.get(code)!
}

/**
 * Split the order Medusa just placed for a cart into one order per seller,
 * under one order group carrying the payment collection.
 *
 * Runs inside `completeCartWorkflow` (its `orderCreated` hook), so the cart
 * lock is held and every earlier step (order, reservations, payment
 * authorization) is compensated if this fails. Everything this function
 * writes is listed in the returned undo record; on its own failure it undoes
 * that itself before rethrowing. Kept to few database round trips: it runs in
 * every checkout (see `npm run bench:checkout`).
 */
export async function splitPlacedOrder(
  container: MedusaContainer,
  input: SplitOrderInput,
  eventGroupId?: string
): Promise<{ result: SplitOrderResult; undo: SplitOrderUndo }> {
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
    return { result, undo }
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

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: input.order_id },
  })
  const source = orders[0] as unknown as SplitSource & Row
  if (!source) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order ${input.order_id} of cart ${input.cart_id} was not found`
    )
  }
  const items = ((source.items ?? []) as Row[]).filter(Boolean)
  const methods = ((source.shipping_methods ?? []) as Row[]).filter(Boolean)
  const productOf = (item: Row) => item.variant?.product ?? {}
  const sellerOfProduct = new Map<string, string>()
  const rateOfSeller = new Map<string, number | null>()
  const profileOfProduct = new Map<string, string>()
  for (const item of items) {
    const product = productOf(item)
    if (product.seller?.id) {
      sellerOfProduct.set(item.product_id, product.seller.id)
      rateOfSeller.set(
        product.seller.id,
        product.seller.commission_rate ?? null
      )
    }
    if (product.shipping_profile?.id) {
      profileOfProduct.set(item.product_id, product.shipping_profile.id)
    }
  }
  if (!sellerOfProduct.size) {
    // A store without sellers keeps Medusa's plain order.
    return { order_group_id: null, order_ids: [source.id] }
  }
  const sellerIds = sellersInOrder(items, sellerOfProduct)
  const paymentCollectionId: string | undefined = (
    (source as Row).payment_collections ?? []
  ).find(Boolean)?.id

  // -- the per-seller orders: id, seller, lines and total ---------------------
  type Placed = { id: string; seller_id: string; items: Row[]; total: any }
  let placed: Placed[]
  if (sellerIds.length === 1) {
    placed = [
      { id: source.id, seller_id: sellerIds[0], items, total: source.total },
    ]
  } else {
    const optionIds = [
      ...new Set(methods.map((m) => m.shipping_option_id).filter(Boolean)),
    ]
    const { data: options } = optionIds.length
      ? await query.graph({
          entity: "shipping_option",
          fields: ["id", "shipping_profile_id"],
          filters: { id: optionIds },
        })
      : { data: [] as Row[] }
    const plans = planSellerOrders(source, {
      sellerOfProduct,
      profileOfProduct,
      profileOfOption: new Map(
        (options as Row[]).map((o) => [o.id, o.shipping_profile_id])
      ),
    })
    await orderModule.deleteOrders([source.id])
    const created = await orderModule.createOrders(
      plans.map((p) => p.input) as any
    )
    undo.created_order_ids = created.map((o) => o.id)
    // The lines are the placed order's lines (same ids, prices, taxes and
    // discounts), so each order's total is the sum of its lines' totals.
    const itemById = new Map(items.map((i) => [i.id, i]))
    const methodById = new Map(methods.map((m) => [m.id, m]))
    placed = created.map((order, index) => {
      const plan = plans[index]
      const orderItems = plan.line_item_ids.map((id) => itemById.get(id)!)
      let total: any = MathBN.convert(0)
      for (const item of orderItems) total = MathBN.add(total, item.total ?? 0)
      for (const id of plan.shipping_method_ids)
        total = MathBN.add(total, methodById.get(id)?.total ?? 0)
      for (const line of plan.input.credit_lines ?? [])
        total = MathBN.sub(total, line.amount ?? 0)
      return {
        id: order.id,
        seller_id: plan.seller_id,
        items: orderItems,
        total,
      }
    })

    // Captures Medusa recorded on the placed order (auto-capturing
    // providers) were deleted with it: spread them over the seller orders.
    const transactions = spreadCaptures(source as Row, placed)
    if (transactions.length) {
      await orderModule.addOrderTransactions(transactions as any)
    }
  }
  const orderIds = placed.map((o) => o.id)

  // -- the group, commissions, links and events -------------------------------
  const group = await groups.createOrderGroups({
    cart_id: input.cart_id,
    customer_id: source.customer_id ?? null,
    email: source.email ?? null,
    currency_code: source.currency_code,
    total: source.total as any,
  })
  undo.order_group_id = group.id

  const platformRate = groups.getDefaultCommissionRate()
  const digits = await decimalDigits(container, source.currency_code)
  const commissionLines = placed.flatMap((order) => {
    const rate = commissionRate(rateOfSeller.get(order.seller_id), platformRate)
    return order.items.map((item) => {
      const base = MathBN.sub(item.total ?? 0, item.tax_total ?? 0)
      return {
        order_id: order.id,
        line_item_id: item.id,
        seller_id: order.seller_id,
        currency_code: source.currency_code,
        rate,
        base_amount: base.toNumber(),
        amount: commissionAmount(base.toNumber(), rate, digits),
      }
    })
  })

  const links: Record<string, Record<string, string>>[] = []
  for (const order of placed) {
    links.push(
      {
        [MarketplaceModules.ORDER_GROUP]: { order_group_id: group.id },
        [Modules.ORDER]: { order_id: order.id },
      },
      {
        [MarketplaceModules.SELLER]: { seller_id: order.seller_id },
        [Modules.ORDER]: { order_id: order.id },
      }
    )
  }
  if (paymentCollectionId) {
    links.push({
      [MarketplaceModules.ORDER_GROUP]: { order_group_id: group.id },
      [Modules.PAYMENT]: { payment_collection_id: paymentCollectionId },
    })
  }
  links.push(...promotionLinks(source.id, placed))
  undo.links = links

  const eventBus = container.resolve(Modules.EVENT_BUS)
  const metadata = undo.event_group_id
    ? { eventGroupId: undo.event_group_id }
    : undefined
  undo.event_names = [OrderWorkflowEvents.PLACED, OrderGroupEvents.CREATED]

  const [createdLines] = await Promise.all([
    groups.createCommissionLines(commissionLines as any) as unknown as Promise<
      { id: string }[]
    >,
    link.create(links),
    // The group carries the payment: a seller order must not (cancelling one
    // seller's order with Medusa's workflow would otherwise void the payment
    // of every seller).
    paymentCollectionId
      ? link.dismiss({
          [Modules.ORDER]: { order_id: source.id },
          [Modules.PAYMENT]: { payment_collection_id: paymentCollectionId },
        })
      : undefined,
    // Released by Medusa only if the whole completion succeeds.
    eventBus.emit<Row>([
      ...orderIds
        .filter((id) => id !== source.id)
        .map((id) => ({
          name: OrderWorkflowEvents.PLACED,
          data: { id },
          metadata,
        })),
      {
        name: OrderGroupEvents.CREATED,
        data: { id: group.id, order_ids: orderIds },
        metadata,
      },
    ]),
  ])
  undo.commission_line_ids = (createdLines ?? []).map((line) => line.id)

  return {
    order_group_id: group.id,
    order_ids: orderIds,
    gate_items: items,
  }
}

/** Capture transactions of the placed order, spread over the seller orders in order. */
function spreadCaptures(
  source: Row,
  placed: { id: string; total: any }[]
): Row[] {
  const captures = ((source.transactions ?? []) as Row[]).filter(Boolean)
  let remaining: any = captures.reduce(
    (acc: any, t) => MathBN.add(acc, (t.raw_amount ?? t.amount) as any),
    MathBN.convert(0)
  )
  const out: Row[] = []
  for (const order of placed) {
    if (MathBN.lte(remaining, 0)) break
    const share = MathBN.min(remaining, order.total ?? 0)
    out.push({
      order_id: order.id,
      amount: share,
      currency_code: source.currency_code,
      reference: "capture",
      reference_id: captures[0]?.reference_id,
    })
    remaining = MathBN.sub(remaining, share)
  }
  return out
}

/** order ↔ promotion links for the new orders, for the promotions their lines use. */
function promotionLinks(
  sourceId: string,
  placed: { id: string; items: Row[] }[]
): Record<string, Record<string, string>>[] {
  return placed
    .filter((order) => order.id !== sourceId)
    .flatMap((order) => {
      const ids = new Set<string>()
      for (const item of order.items) {
        for (const adj of item?.adjustments ?? []) {
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
