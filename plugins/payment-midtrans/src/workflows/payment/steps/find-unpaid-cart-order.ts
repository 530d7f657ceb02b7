import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows read with Query across modules are untyped; the step names the fields it reads
type Row = Record<string, any>

export const findUnpaidCartOrderStepId = "midtrans-find-unpaid-cart-order-step"

/**
 * The order placed from the cart a payment session belongs to, when that
 * order is still open and no money was captured for it — the order Medusa
 * placed "awaiting payment" when the storefront completed the cart while the
 * Midtrans transaction was pending. Null otherwise. Read-only.
 */
export const findUnpaidCartOrderStep = createStep(
  findUnpaidCartOrderStepId,
  async (input: { session_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const none = new StepResponse<string | null>(null)
    const { data: sessions } = await query.graph({
      entity: "payment_session",
      fields: ["id", "payment_collection_id"],
      filters: { id: input.session_id },
    })
    const collectionId = (sessions[0] as Row | undefined)?.payment_collection_id
    if (!collectionId) return none
    const { data: carts } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: collectionId },
    })
    const cartId = (carts[0] as Row | undefined)?.cart_id
    if (!cartId) return none
    const { data: links } = await query.graph({
      entity: "order_cart",
      fields: ["order_id"],
      filters: { cart_id: cartId },
    })
    const orderId = (links[0] as Row | undefined)?.order_id
    if (!orderId) return none
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.captures.id",
      ],
      filters: { id: orderId },
    })
    const order = orders[0] as Row | undefined
    if (!order || order.status === "canceled") return none
    const paid = ((order.payment_collections ?? []) as Row[])
      .flatMap((pc) => (pc?.payments ?? []) as Row[])
      .some((p) => p && (p.captured_at || p.captures?.length))
    return paid ? none : new StepResponse<string | null>(order.id)
  }
)
