import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { eventsSettled } from "../../helpers/events"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import {
  createMarket,
  type Market,
  prepareCart,
  storefrontSdk,
} from "../../helpers/checkout"
import {
  checkoutPaymentState,
  waitFor,
  webhookProbe,
} from "../../helpers/payments"

jest.setTimeout(300_000)

type Row = Record<string, any>

const WEBHOOK_SECRET = "whsec_belanjain_test_secret"
const stripe = new Stripe("sk_test_belanjain_offline")

/**
 * Medusa's Stripe provider (`@medusajs/payment-stripe`), enabled by
 * STRIPE_API_KEY + STRIPE_WEBHOOK_SECRET. No call reaches Stripe: the
 * webhook events are signed here with Stripe's own test-header helper.
 */
// Set before the runner loads medusa-config (its `env` option is applied
// after that); Jest gives each test file its own copy of process.env.
const env = {
  STRIPE_API_KEY: "sk_test_belanjain_offline",
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
}
beforeAll(() => {
  Object.assign(process.env, env)
})

medusaIntegrationTestRunner({
  env,
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          variants: [{ sku: "BTK-1", price: 150_000, stock: 10 }],
        },
      ])
    })

    /** A cart ready to complete, its payment session with the system provider. */
    async function cartWithSession() {
      const sdk = storefrontSdk(api, market.publishable_key)
      const cart = await prepareCart(sdk, market, [
        { variant_id: market.sellers[0].variants[0].id, quantity: 1 },
      ])
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "total", "payment_collection.payment_sessions.id"],
        filters: { id: cart.id },
      })
      const row = data[0] as Row
      return {
        cart_id: row.id as string,
        total: Number(row.total),
        session_id: row.payment_collection.payment_sessions[0].id as string,
      }
    }

    /** A `payment_intent.succeeded` event for a Medusa payment session. */
    function succeededEvent(sessionId: string, total: number) {
      return JSON.stringify({
        id: "evt_belanjain_1",
        object: "event",
        type: "payment_intent.succeeded",
        data: {
          object: {
            id: "pi_belanjain_1",
            object: "payment_intent",
            currency: "idr",
            // Stripe counts IDR in hundredths.
            amount: total * 100,
            amount_received: total * 100,
            metadata: { session_id: sessionId },
          },
        },
      })
    }

    const cartState = (cartId: string, sessionId: string) =>
      checkoutPaymentState(getContainer(), cartId, sessionId)

    it("verifies the signature with Stripe's own helper: a valid one yields the session's action", async () => {
      const { session_id, total } = await cartWithSession()
      const payload = succeededEvent(session_id, total)
      const paymentModule = getContainer().resolve(Modules.PAYMENT)
      const webhook = (headers: Record<string, string>) =>
        paymentModule.getWebhookActionAndData({
          provider: "stripe_stripe",
          payload: {
            data: JSON.parse(payload),
            rawData: Buffer.from(payload),
            headers,
          },
        })

      const good = await webhook({
        "stripe-signature": stripe.webhooks.generateTestHeaderString({
          payload,
          secret: WEBHOOK_SECRET,
        }),
      })
      expect(good).toEqual({
        action: "captured",
        data: { session_id, amount: total },
      })

      await expect(
        webhook({
          "stripe-signature": stripe.webhooks.generateTestHeaderString({
            payload,
            secret: "whsec_someone_else",
          }),
        })
      ).rejects.toThrow(/signature/i)
    })

    it("ignores a webhook with a bad signature: the cart stays open, no payment, no order", async () => {
      const { cart_id, session_id, total } = await cartWithSession()
      const payload = succeededEvent(session_id, total)
      const post = (signature: string) =>
        api.post("/hooks/payment/stripe_stripe", payload, {
          headers: {
            "content-type": "application/json",
            "stripe-signature": signature,
          },
        })

      const probe = webhookProbe(getContainer())
      const before = probe.count()
      // Signed with the wrong secret, and a made-up header.
      await post(
        stripe.webhooks.generateTestHeaderString({
          payload,
          secret: "whsec_forged",
        })
      )
      await post("t=1700000000,v1=deadbeef")
      // Medusa processes webhooks in the background, after its delay.
      await probe.delivered(before, 2)
      const after = await cartState(cart_id, session_id)
      expect(after.completed_at).toBeNull()
      expect(after.payments).toHaveLength(0)
      expect(after.groups).toHaveLength(0)

      // The same event correctly signed does complete the cart: the signature
      // was the only thing that stopped it.
      await post(
        stripe.webhooks.generateTestHeaderString({
          payload,
          secret: WEBHOOK_SECRET,
        })
      )
      // the route only queues the event: let its subscriber finish
      await eventsSettled(getContainer())
      const paid = await waitFor(async () => {
        const state = await cartState(cart_id, session_id)
        return state.groups.length ? state : null
      })
      expect(paid.completed_at).not.toBeNull()
      expect(paid.payments).toHaveLength(1)
      expect(Number(paid.payments[0].amount)).toBe(total)
    })
  },
})
