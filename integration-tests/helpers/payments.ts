import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentWebhookEvents,
} from "@medusajs/framework/utils"

/**
 * Polls `probe` until it returns a value (not null / undefined / false), for
 * work Medusa does in the background (payment webhooks are processed by a
 * subscriber after a delay). Fails with `what` after `timeoutMs`.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  { timeoutMs = 60_000, intervalMs = 250, what = "condition" } = {}
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await probe()
      if (value) return value
    } catch (e) {
      last = e
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`
  )
}

/**
 * Counts the payment webhooks Medusa's event bus delivers to subscribers
 * (Medusa's webhook route queues each one with a fixed 5 s delay). A test
 * that expects a webhook to change nothing waits for its delivery with
 * `delivered(n)` and then for the subscribers to finish, instead of
 * guessing a sleep.
 */
export function webhookProbe(container: MedusaContainer) {
  let count = 0
  container.resolve(Modules.EVENT_BUS).subscribe(
    PaymentWebhookEvents.WebhookReceived,
    async () => {
      count++
    },
    { subscriberId: `test-webhook-probe-${Date.now()}` }
  )
  return {
    count: () => count,
    /** Resolves once `n` more webhooks than `since` were delivered, plus `settleMs`. */
    async delivered(since: number, n: number, settleMs = 2_000) {
      await waitFor(async () => count >= since + n, {
        what: `${n} webhook(s) delivered`,
      })
      await new Promise((resolve) => setTimeout(resolve, settleMs))
    },
  }
}

/**
 * What a checkout paid with one payment session left behind: the cart's
 * completion, the session's status, its payments (with captures and
 * refunds) and the order group of the cart with its orders.
 */
export async function checkoutPaymentState(
  container: MedusaContainer,
  cartId: string,
  sessionId: string
) {
  const paymentModule = container.resolve(Modules.PAYMENT)
  const [cart] = await container
    .resolve(Modules.CART)
    .listCarts({ id: cartId }, { select: ["id", "completed_at"] })
  const [session] = await paymentModule.listPaymentSessions({ id: sessionId })
  const payments = await paymentModule.listPayments(
    { payment_session_id: sessionId },
    { relations: ["captures", "refunds"] }
  )
  const { data: groups } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "order_group",
      fields: [
        "id",
        "total",
        "orders.id",
        "orders.status",
        "orders.total",
        "orders.items.id",
        "orders.transactions.amount",
        "orders.transactions.reference",
      ],
      filters: { cart_id: cartId },
    })
  return {
    completed_at: cart.completed_at,
    session_status: session.status,
    payments,
    groups: groups as Record<string, any>[],
  }
}
