import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { QueryRow } from "../../order-lifecycle/utils/query-row"

type Row = QueryRow

export type UnpaidOrderGroup = {
  order_group_id: string | null
  /** The group's orders that are not cancelled yet. */
  order_ids: string[]
}

/** Payment session statuses after which a session can no longer be paid. */
const DEAD_SESSION_STATUSES = new Set(["canceled", "error"])

/**
 * Whether an order group's single payment has failed for good: its payment
 * collection has sessions, every one is canceled or errored, and no payment
 * exists that was not canceled (so no money was authorized or taken).
 */
export function groupPaymentFailed(
  collection: Row | null | undefined
): boolean {
  if (!collection) return false
  const sessions = ((collection.payment_sessions ?? []) as Row[]).filter(
    Boolean
  )
  const payments = ((collection.payments ?? []) as Row[]).filter(Boolean)
  return (
    sessions.length > 0 &&
    sessions.every((session) => DEAD_SESSION_STATUSES.has(session.status)) &&
    payments.every((payment) => !!payment.canceled_at)
  )
}

export const findUnpaidGroupOrdersStepId =
  "marketplace-find-unpaid-group-orders-step"

/**
 * The other open orders of an order's group, when that group's payment has
 * failed for good (see `groupPaymentFailed`); none otherwise. Read-only.
 */
export const findUnpaidGroupOrdersStep = createStep(
  findUnpaidGroupOrdersStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "order_group.id",
        "order_group.orders.id",
        "order_group.orders.status",
        "order_group.payment_collection.id",
        "order_group.payment_collection.payment_sessions.status",
        "order_group.payment_collection.payments.id",
        "order_group.payment_collection.payments.canceled_at",
      ],
      filters: { id: input.order_id },
    })
    const group = (data[0] as Row | undefined)?.order_group as Row | undefined
    const result: UnpaidOrderGroup = {
      order_group_id: group?.id ?? null,
      order_ids: [],
    }
    if (group && groupPaymentFailed(group.payment_collection)) {
      result.order_ids = ((group.orders ?? []) as Row[])
        .filter((order) => order && order.status !== "canceled")
        .map((order) => order.id)
    }
    return new StepResponse(result)
  }
)
