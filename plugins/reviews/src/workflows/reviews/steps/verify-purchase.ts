import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VerifyPurchaseInput = { customer_id: string; product_id: string }

type Fulfillment = {
  delivered_at?: Date | string | null
  canceled_at?: Date | string | null
  items?: ({ line_item_id?: string | null } | null)[] | null
}
type OrderRow = {
  id: string
  status: string
  items?: ({ id: string; product_id?: string | null } | null)[] | null
  fulfillments?: (Fulfillment | null)[] | null
}

/** Query fields `deliveredOrderWithProduct` reads (relative to an order). */
export const PURCHASE_ORDER_FIELDS = [
  "id",
  "status",
  "items.id",
  "items.product_id",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
]

/**
 * The first of `orders` that proves a verified purchase of `productId`: not
 * canceled (nor a draft), with a line of the product that is in a
 * fulfillment (not canceled) marked delivered. In Belanjain a seller order is
 * delivered when its fulfillment has `delivered_at` (the shopper confirmed
 * receipt); checking the fulfillment that holds the product's line, not any
 * fulfillment of the order, keeps a partial delivery from counting for the
 * undelivered lines.
 */
export function deliveredOrderWithProduct(
  orders: OrderRow[],
  productId: string
): OrderRow | undefined {
  return orders.find((order) => {
    if (order.status === "canceled" || order.status === "draft") return false
    const lines = new Set(
      (order.items ?? [])
        .filter((i) => i?.product_id === productId)
        .map((i) => i!.id)
    )
    if (!lines.size) return false
    return (order.fulfillments ?? []).some(
      (f) =>
        !!f &&
        !f.canceled_at &&
        !!f.delivered_at &&
        (f.items ?? []).some(
          (fi) => !!fi?.line_item_id && lines.has(fi.line_item_id)
        )
    )
  })
}

export const verifyPurchaseStepId = "review-verify-purchase-step"

/**
 * Only a shopper whose order containing the product was delivered may review
 * it: answers the order that proves it, or FORBIDDEN (403) saying why.
 * Reads only: nothing to undo.
 */
export const verifyPurchaseStep = createStep(
  verifyPurchaseStepId,
  async (input: VerifyPurchaseInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: PURCHASE_ORDER_FIELDS,
      filters: {
        customer_id: input.customer_id,
        status: { $nin: ["canceled", "draft"] },
      },
    })
    const order = deliveredOrderWithProduct(
      data as unknown as OrderRow[],
      input.product_id
    )
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Only a verified purchase can be reviewed: product ${input.product_id} is not in any delivered order of yours`
      )
    }
    return new StepResponse({ order_id: order.id })
  }
)
