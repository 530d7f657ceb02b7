import type {
  BigNumberInput,
  CreateOrderTransactionDTO,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QueryRow } from "../../order-lifecycle/utils/query-row"

type Row = QueryRow

export type GroupCaptureTransaction = {
  order_id: string
  amount: string
  currency_code: string
  reference: "capture"
  reference_id: string
}

/**
 * Spreads captures over a group's open orders: each capture that no order
 * records yet (by capture id) pays the orders in turn, each up to what it
 * still owes (its total minus its transactions). Pure.
 */
export function spreadNewCaptures(
  captures: { id: string; amount: unknown }[],
  orders: Row[],
  currencyCode: string
): GroupCaptureTransaction[] {
  const open = orders.filter((order) => order && order.status !== "canceled")
  const recorded = new Set(
    orders.flatMap((order) =>
      ((order?.transactions ?? []) as Row[])
        .filter((t) => t?.reference === "capture")
        .map((t) => t.reference_id)
    )
  )
  const owed = new Map(
    open.map((order) => [
      order.id,
      ((order.transactions ?? []) as Row[])
        .filter(Boolean)
        .reduce<BigNumberInput>(
          (due, t) => MathBN.sub(due, t.raw_amount ?? t.amount),
          MathBN.convert(order.raw_total ?? order.total ?? 0)
        ),
    ])
  )
  const out: GroupCaptureTransaction[] = []
  for (const capture of captures) {
    if (recorded.has(capture.id)) continue
    let remaining: BigNumberInput = MathBN.convert(
      capture.amount as BigNumberInput
    )
    for (const order of open) {
      if (MathBN.lte(remaining, 0)) break
      const due = owed.get(order.id) ?? 0
      if (MathBN.lte(due, 0)) continue
      const share = MathBN.min(remaining, due)
      out.push({
        order_id: order.id,
        amount: MathBN.convert(share).toString(),
        currency_code: currencyCode,
        reference: "capture",
        reference_id: capture.id,
      })
      owed.set(order.id, MathBN.sub(due, share))
      remaining = MathBN.sub(remaining, share)
    }
  }
  return out
}

export const recordGroupCapturesStepId =
  "marketplace-record-group-captures-step"

/**
 * A payment of an order group's collection was captured after the checkout
 * (a payment that was still pending when the shopper completed it): record
 * the capture as transactions of the group's seller orders, as the split
 * does for money captured at checkout. Captures already recorded are
 * skipped, so duplicate events change nothing. Run under the group's lock.
 */
export const recordGroupCapturesStep = createStep(
  recordGroupCapturesStepId,
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const orderModule = container.resolve(Modules.ORDER)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "captures.id",
        "captures.amount",
        "captures.raw_amount",
        "payment_collection.order_group.id",
        "payment_collection.order_group.orders.id",
        "payment_collection.order_group.orders.status",
        "payment_collection.order_group.orders.total",
        "payment_collection.order_group.orders.transactions.amount",
        "payment_collection.order_group.orders.transactions.reference",
        "payment_collection.order_group.orders.transactions.reference_id",
      ],
      filters: { id: input.payment_id },
    })
    const payment = payments[0] as Row | undefined
    const group = payment?.payment_collection?.order_group as Row | undefined
    if (!payment || !group) return new StepResponse([] as string[])

    const transactions = spreadNewCaptures(
      ((payment.captures ?? []) as Row[])
        .filter(Boolean)
        .map((c) => ({ id: c.id, amount: c.raw_amount ?? c.amount })),
      ((group.orders ?? []) as Row[]).filter(Boolean),
      payment.currency_code
    )
    if (!transactions.length) return new StepResponse([] as string[])
    const created = await orderModule.addOrderTransactions(
      transactions as CreateOrderTransactionDTO[]
    )
    const ids = (Array.isArray(created) ? created : [created]).map(
      (t: Row) => t.id
    )
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
  }
)
