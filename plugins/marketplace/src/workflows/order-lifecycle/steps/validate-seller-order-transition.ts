import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerOrderStatus } from "../../../types"
import {
  activeFulfillments,
  deriveSellerOrderStatus,
  SELLER_ORDER_STATE_FIELDS,
  sellerOrderTransitionRefusal,
} from "../utils/seller-order-status"
import type { QueryRow } from "../utils/query-row"

export type ValidateSellerOrderTransitionInput = {
  order_id: string
  to: SellerOrderStatus
  /** Narrows the transition table for this caller (never widens it). */
  allowed_from?: SellerOrderStatus[]
}

/** The seller order a transition applies to, as read under its lock. */
export type SellerOrderTransition = {
  id: string
  display_id: number | null
  seller_id: string
  order_group_id: string | null
  from: SellerOrderStatus
  to: SellerOrderStatus
  currency_code: string
  /** The order total (decimal string): its share of the group's payment. */
  total: string
  metadata: Record<string, unknown> | null
  items: { id: string; quantity: number }[]
  /** The order's fulfillment that is not canceled, if any. */
  fulfillment_id: string | null
}

type Row = QueryRow

export const validateSellerOrderTransitionStepId =
  "marketplace-validate-seller-order-transition-step"

/**
 * The one place seller order transitions are checked: reads the order,
 * derives its status from Medusa's records and checks the change against
 * SELLER_ORDER_STATUS_TRANSITIONS. An illegal change is a CONFLICT (HTTP 409)
 * naming the current and the requested status. Reads only: nothing to undo.
 */
export const validateSellerOrderTransitionStep = createStep(
  validateSellerOrderTransitionStepId,
  async (input: ValidateSellerOrderTransitionInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "currency_code",
        "total",
        "metadata",
        "items.id",
        "items.quantity",
        "seller.id",
        "order_group.id",
        ...SELLER_ORDER_STATE_FIELDS,
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as Row | undefined
    if (!order?.seller?.id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }

    const from = deriveSellerOrderStatus(order)
    const label =
      order.display_id != null
        ? `seller order #${order.display_id}`
        : "seller order"
    const refusal = sellerOrderTransitionRefusal(
      from,
      input.to,
      input.allowed_from,
      label
    )
    if (refusal) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        refusal,
        SELLER_ORDER_TRANSITION_CONFLICT
      )
    }

    const transition: SellerOrderTransition = {
      id: order.id,
      display_id: order.display_id ?? null,
      seller_id: order.seller.id,
      order_group_id: order.order_group?.id ?? null,
      from,
      to: input.to,
      currency_code: order.currency_code,
      total: MathBN.convert(order.total ?? 0).toFixed(),
      metadata: order.metadata ?? null,
      items: ((order.items ?? []) as Row[]).filter(Boolean).map((item) => ({
        id: item.id,
        quantity: Number(item.quantity),
      })),
      fulfillment_id:
        activeFulfillments(order as { fulfillments?: Row[] })[0]?.id ?? null,
    }
    return new StepResponse(transition)
  }
)

/**
 * The `code` of the error an illegal seller order transition throws; routes
 * answer it with 409 and its message (Medusa's error handler would replace
 * the message of a CONFLICT with a generic retry hint).
 */
export const SELLER_ORDER_TRANSITION_CONFLICT = "seller_order_transition"
