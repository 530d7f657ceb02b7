/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, payments) are untyped; each function names the fields it reads */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Row = Record<string, any>

/**
 * The payment collection that pays for an order: the order's own (plain
 * Medusa), else the one of its checkout group when @belanjain/marketplace
 * split the checkout (its seller orders are not linked to the payment; the
 * group is). Read through Query, so this plugin imports nothing of the
 * marketplace and works without it.
 */
export async function paymentCollectionOfOrder(
  container: MedusaContainer,
  orderId: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.id"],
    filters: { id: orderId },
  })
  const own = (order as Row | undefined)?.payment_collections?.find(Boolean)
  if (own?.id) return own.id
  try {
    const {
      data: [grouped],
    } = await query.graph({
      entity: "order",
      fields: ["id", "order_group.payment_collection.id"],
      filters: { id: orderId },
    })
    return (
      (grouped as Row | undefined)?.order_group?.payment_collection?.id ?? null
    )
  } catch {
    // No order group link in this app (the marketplace plugin is not installed).
    return null
  }
}

export type CollectionPayment = {
  id: string
  captured: boolean
  /** Every session failed or was cancelled and nothing was authorized. */
  failed: boolean
}

/** Whether the collection's amount is fully captured. */
export async function collectionPaymentState(
  container: MedusaContainer,
  paymentCollectionId: string
): Promise<CollectionPayment | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [pc],
  } = (await query.graph({
    entity: "payment_collection",
    fields: [
      "id",
      "status",
      "amount",
      "captured_amount",
      "payments.id",
      "payments.canceled_at",
      "payments.captured_at",
      "payment_sessions.status",
    ],
    filters: { id: paymentCollectionId },
  })) as { data: Row[] }
  if (!pc) return null
  const amount = Number(pc.amount ?? 0)
  const captured = Number(pc.captured_amount ?? 0)
  const livePayments = (pc.payments ?? []).filter(
    (p: Row) => p && !p.canceled_at
  )
  const sessions = (pc.payment_sessions ?? []).filter(Boolean)
  return {
    id: pc.id,
    captured: amount > 0 ? captured >= amount : pc.status === "completed",
    failed:
      pc.status === "canceled" ||
      pc.status === "failed" ||
      (!livePayments.length &&
        sessions.length > 0 &&
        sessions.every((s: Row) => ["error", "canceled"].includes(s.status))),
  }
}

/** The payment collection of a payment (the payment.captured event gives the payment id). */
export async function paymentCollectionOfPayment(
  container: MedusaContainer,
  paymentId: string
): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentId },
  })
  return (payment as Row | undefined)?.payment_collection_id ?? null
}
