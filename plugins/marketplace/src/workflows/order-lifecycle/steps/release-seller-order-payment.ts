import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  planPaymentShare,
  sumAmounts,
  type PaymentSharePlan,
} from "../utils/payment-share"
import type { SellerOrderTransition } from "./validate-seller-order-transition"
import type { QueryRow } from "../utils/query-row"

export type ReleaseSellerOrderPaymentInput = {
  order: SellerOrderTransition
  reason?: string | null
  /** Who cancels: "seller" or "customer". */
  canceled_via: string
  /** The acting seller member or customer id. */
  canceled_by?: string | null
}

/** What the cancellation did with the order's share of the group's payment. */
export type SellerOrderPaymentShare = PaymentSharePlan & {
  payment_collection_id: string | null
  /** The collection's amount after the release (decimal string), if any. */
  payment_collection_amount: string | null
}

/** Recorded on the cancelled order as `metadata.marketplace_cancellation`. */
export type SellerOrderCancellation = {
  canceled_via: string
  canceled_by: string | null
  reason: string | null
  /** Captured money given back (refunds on the group's payment). */
  refunded_amount: string
  /** Authorized money no longer to be captured. */
  released_amount: string
  payment_collection_id: string | null
}

export const CANCELLATION_METADATA_KEY = "marketplace_cancellation"

type Undo = {
  order_id: string
  metadata: Record<string, unknown> | null
  payment_collection_id: string | null
  previous_amount: string | null
}

type Row = QueryRow

export const releaseSellerOrderPaymentStepId =
  "marketplace-release-seller-order-payment-step"

/**
 * A cancelled seller order gives back its share (its total) of the group's
 * single payment. Captured money is refunded by the next step; this step
 * plans the split and records it:
 *
 * - The part that was never captured is released by lowering the group's
 *   payment collection `amount` (what the shopper owes) by it. The
 *   authorization itself cannot be shrunk through Medusa's payment module,
 *   and cancelling it would void every other seller's share; with the lower
 *   collection amount a later capture takes only what remains
 *   (`amount - captured_amount`), Medusa's own collection status turns
 *   `completed` when that is captured, and the record lives in Medusa's
 *   payment data, where captures are made, rather than in a field of ours.
 * - The order keeps an audit record in `metadata.marketplace_cancellation`
 *   (who, why, refunded and released amounts).
 *
 * Runs under the group's lock, so concurrent cancellations in one group see
 * each other's releases. Compensation restores the amount and the metadata.
 */
export const releaseSellerOrderPaymentStep = createStep(
  releaseSellerOrderPaymentStepId,
  async (input: ReleaseSellerOrderPaymentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const paymentModule = container.resolve(Modules.PAYMENT)
    const orderModule = container.resolve(Modules.ORDER)
    const { order } = input

    let collection: Row | undefined
    if (order.order_group_id) {
      const { data } = await query.graph({
        entity: "order_group",
        fields: ["id", "payment_collection.id"],
        filters: { id: order.order_group_id },
      })
      const collectionId = (data[0] as Row)?.payment_collection?.id
      if (collectionId) {
        const [found] = await paymentModule.listPaymentCollections(
          { id: collectionId },
          {
            select: ["id", "amount", "raw_amount"],
            relations: ["payments", "payments.captures", "payments.refunds"],
          }
        )
        collection = found as Row | undefined
      }
    }

    const payments = ((collection?.payments ?? []) as Row[]).map((p) => ({
      id: p.id as string,
      canceled: !!p.canceled_at,
      captured: sumAmounts(p.captures),
      refunded: sumAmounts(p.refunds),
    }))
    const plan = planPaymentShare(order.total, payments)

    const undo: Undo = {
      order_id: order.id,
      metadata: null,
      payment_collection_id: collection?.id ?? null,
      previous_amount: null,
    }
    let newAmount: string | null = null
    if (collection) {
      const previous = MathBN.convert(
        collection.raw_amount ?? collection.amount
      )
      undo.previous_amount = previous.toFixed()
      newAmount = MathBN.max(MathBN.sub(previous, plan.released), 0).toFixed()
      if (MathBN.gt(plan.released, 0)) {
        await paymentModule.updatePaymentCollections(collection.id, {
          amount: newAmount,
        })
      }
    }

    const [current] = await orderModule.listOrders(
      { id: order.id },
      { select: ["id", "metadata"] }
    )
    undo.metadata = (current?.metadata as Record<string, unknown>) ?? null
    const record: SellerOrderCancellation = {
      canceled_via: input.canceled_via,
      canceled_by: input.canceled_by ?? null,
      reason: input.reason ?? null,
      refunded_amount: plan.refunded,
      released_amount: plan.released,
      payment_collection_id: collection?.id ?? null,
    }
    await orderModule.updateOrders(order.id, {
      metadata: {
        ...(undo.metadata ?? {}),
        [CANCELLATION_METADATA_KEY]: record,
      },
    })

    const share: SellerOrderPaymentShare = {
      ...plan,
      payment_collection_id: collection?.id ?? null,
      payment_collection_amount: newAmount,
    }
    return new StepResponse(share, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.payment_collection_id && undo.previous_amount !== null) {
      await container
        .resolve(Modules.PAYMENT)
        .updatePaymentCollections(undo.payment_collection_id, {
          amount: undo.previous_amount,
        })
    }
    await container
      .resolve(Modules.ORDER)
      .updateOrders(undo.order_id, { metadata: undo.metadata })
  }
)
