import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { eventsSettled } from "../../helpers/events"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import {
  startFakeMidtrans,
  type FakeMidtrans,
} from "@belanjain/payment-midtrans/testing"
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

const SERVER_KEY = "SB-Mid-server-belanjain-test"
const PROVIDER_ID = "pp_midtrans_midtrans"
const WEBHOOK = "/hooks/payment/midtrans_midtrans"

// The fake Midtrans server starts before Medusa boots; its URL reaches
// medusa-config through MIDTRANS_BASE_URL, set in process.env before the
// runner loads the config (Jest gives each test file its own process.env).
const env: Record<string, string> = {
  MIDTRANS_SERVER_KEY: SERVER_KEY,
  MIDTRANS_CLIENT_KEY: "SB-Mid-client-belanjain-test",
}
let fake: FakeMidtrans
beforeAll(async () => {
  fake = await startFakeMidtrans({ serverKey: SERVER_KEY })
  env.MIDTRANS_BASE_URL = fake.url
  Object.assign(process.env, env)
})
afterAll(async () => {
  await fake?.close()
})

medusaIntegrationTestRunner({
  env,
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          shipping: 10_000,
          variants: [{ sku: "BTK-1", price: 150_000, stock: 10 }],
        },
        {
          handle: "kopi",
          shipping: 12_000,
          variants: [{ sku: "KPI-1", price: 85_000, stock: 10 }],
        },
      ])
      await updateRegionsWorkflow(getContainer()).run({
        input: {
          selector: { id: market.region_id },
          update: { payment_providers: ["pp_system_default", PROVIDER_ID] },
        },
      })
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    /** A two-seller cart paying with Midtrans (a Snap transaction was created). */
    async function midtransCart(quantities = [1, 2]) {
      const sdk = storefrontSdk(api, market.publishable_key)
      const [batik, kopi] = market.sellers.map((s) => s.variants[0])
      const cart = await prepareCart(
        sdk,
        market,
        [
          { variant_id: batik.id, quantity: quantities[0] },
          { variant_id: kopi.id, quantity: quantities[1] },
        ],
        "budi@example.com",
        PROVIDER_ID
      )
      const { data } = await query().graph({
        entity: "cart",
        fields: [
          "id",
          "total",
          "items.id",
          "payment_collection.id",
          "payment_collection.payment_sessions.*",
        ],
        filters: { id: cart.id },
      })
      const row = data[0] as Row
      const session = row.payment_collection.payment_sessions[0] as Row
      return {
        sdk,
        cart_id: row.id as string,
        total: Number(row.total),
        session,
        // The Midtrans order id is the payment session id.
        order_id: session.id as string,
      }
    }

    /**
     * Posts a notification and waits until Medusa's webhook subscriber has
     * run on it (the route only queues `payment.webhook_received`; the
     * split writes the order group, then its order links, so a poll could
     * see the group before its orders — CI once did).
     */
    async function notify(body: unknown) {
      const res = await api.post(WEBHOOK, body)
      expect(res.status).toBe(200)
      await eventsSettled(getContainer())
    }

    const state = (cartId: string, sessionId: string) =>
      checkoutPaymentState(getContainer(), cartId, sessionId)

    const sum = (values: unknown[]) =>
      values.reduce((acc: number, v) => acc + Number(v), 0)

    /** The line items of the group's orders (reservations point at them). */
    const orderItemIds = (s: { groups: Row[] }) =>
      s.groups.flatMap((g) =>
        (g.orders as Row[]).flatMap((o) =>
          (o.items as Row[]).map((i) => i.id as string)
        )
      )

    async function reservationsOf(lineItemIds: string[]) {
      return getContainer()
        .resolve(Modules.INVENTORY)
        .listReservationItems({ line_item_id: lineItemIds })
    }

    async function reservedQuantities() {
      const levels = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({
          inventory_item_id: market.sellers.map(
            (s) => s.variants[0].inventory_item_id
          ),
        })
      return levels.map((l) => Number(l.reserved_quantity))
    }

    it("pays through Snap: the settlement notification completes the cart into its order group and captures the exact rupiah amount", async () => {
      const cart = await midtransCart()
      // 150 000 + 2 × 85 000 + shipping 10 000 + 12 000, in whole rupiah.
      expect(cart.total).toBe(342_000)

      // The Snap transaction: order id = the session, the amount unchanged.
      const snap = fake.requests.filter(
        (r) => r.method === "POST" && r.path === "/snap/v1/transactions"
      )
      expect(snap).toHaveLength(1)
      expect((snap[0].body as Row).transaction_details).toEqual({
        order_id: cart.order_id,
        gross_amount: 342_000,
      })
      expect(snap[0].headers.authorization).toBe(
        `Basic ${Buffer.from(`${SERVER_KEY}:`).toString("base64")}`
      )
      expect(cart.session.data.snap_token).toEqual(expect.any(String))
      expect(cart.session.data.redirect_url).toContain(
        cart.session.data.snap_token
      )

      // The shopper pays the virtual account; Midtrans notifies Medusa.
      fake.setStatus(cart.order_id, "settlement", {
        payment_type: "bank_transfer",
      })
      await notify(fake.notification(cart.order_id))

      const paid = await waitFor(
        async () => {
          const s = await state(cart.cart_id, cart.session.id)
          return s.groups.length ? s : null
        },
        { what: "the order group" }
      )
      expect(paid.completed_at).not.toBeNull()
      expect(paid.groups).toHaveLength(1)
      const [group] = paid.groups
      expect(Number(group.total)).toBe(342_000)
      expect(group.orders).toHaveLength(2)
      expect(sum(group.orders.map((o: Row) => o.total))).toBe(342_000)

      expect(paid.payments).toHaveLength(1)
      const [payment] = paid.payments
      expect(Number(payment.amount)).toBe(342_000)
      expect(payment.captured_at).not.toBeNull()
      expect(sum(payment.captures!.map((c) => c.amount))).toBe(342_000)
      // Each seller order records its share of the capture.
      for (const order of group.orders as Row[]) {
        const captured = sum(
          (order.transactions as Row[])
            .filter((t) => t.reference === "capture")
            .map((t) => t.amount)
        )
        expect(captured).toBe(Number(order.total))
      }
    })

    it("ignores a forged signature, a tampered gross_amount and an unknown order_id: nothing changes", async () => {
      const cart = await midtransCart()
      fake.setStatus(cart.order_id, "settlement", {
        payment_type: "bank_transfer",
      })
      const probe = webhookProbe(getContainer())
      const before = probe.count()
      await notify(
        fake.notification(cart.order_id, { signature_key: "f".repeat(128) })
      )
      await notify(
        fake.notification(cart.order_id, { gross_amount: "1000.00" })
      )
      // Correctly signed with the server key, but no such transaction.
      const unknown: Row = {
        ...fake.notification(cart.order_id),
        order_id: "payses_NOSUCHSESSION",
      }
      unknown.signature_key = createHash("sha512")
        .update(
          `${unknown.order_id}${unknown.status_code}${unknown.gross_amount}${SERVER_KEY}`
        )
        .digest("hex")
      await notify(unknown)
      await probe.delivered(before, 3)

      const after = await state(cart.cart_id, cart.session.id)
      expect(after.completed_at).toBeNull()
      expect(after.session_status).toBe("pending")
      expect(after.payments).toHaveLength(0)
      expect(after.groups).toHaveLength(0)
      // Bad signatures never reach the Status API; the unknown order does,
      // and is refused there.
      const unknownLookups = fake.requests.filter((r) =>
        r.path.includes("payses_NOSUCHSESSION")
      )
      expect(unknownLookups.length).toBeGreaterThan(0)
      expect(
        fake.requests.filter(
          (r) => r.path.includes(cart.order_id) && r.path.endsWith("/status")
        )
      ).toHaveLength(0)

      // The genuine notification still completes it: only the forgeries were refused.
      await notify(fake.notification(cart.order_id))
      const paid = await waitFor(async () => {
        const s = await state(cart.cart_id, cart.session.id)
        return s.groups.length ? s : null
      })
      expect(paid.payments).toHaveLength(1)
      expect(Number(paid.payments[0].amount)).toBe(cart.total)
    })

    it("settles once: five concurrent settlement notifications, the storefront's own complete and a late pending", async () => {
      const cart = await midtransCart()
      fake.setStatus(cart.order_id, "settlement", {
        payment_type: "qris",
      })
      const settlement = fake.notification(cart.order_id)
      await Promise.all([
        ...Array.from({ length: 5 }, () => notify(settlement)),
        cart.sdk.store.cart.complete(cart.cart_id).catch(() => null),
      ])
      await waitFor(async () => {
        const s = await state(cart.cart_id, cart.session.id)
        return s.groups.length ? s : null
      })
      // A late `pending` (sent before the payment, delivered after).
      const probe = webhookProbe(getContainer())
      const before = probe.count()
      await notify(
        fake.signedNotification(cart.order_id, {
          transaction_status: "pending",
          status_code: "201",
        })
      )
      await probe.delivered(before, 1)

      const after = await state(cart.cart_id, cart.session.id)
      expect(after.groups).toHaveLength(1)
      expect(after.groups[0].orders).toHaveLength(2)
      expect(after.payments).toHaveLength(1)
      const [payment] = after.payments
      expect(payment.captures).toHaveLength(1)
      expect(Number(payment.captures![0].amount)).toBe(cart.total)
      expect(payment.captured_at).not.toBeNull()
      expect(payment.canceled_at).toBeNull()
      expect(after.session_status).toBe("authorized")
      const { data: orders } = await query().graph({
        entity: "order_cart",
        fields: ["order_id"],
        filters: { cart_id: cart.cart_id },
      })
      expect(orders).toHaveLength(1)
      // Stock: each line reserved once.
      expect(await reservationsOf(orderItemIds(after))).toHaveLength(2)
      expect((await reservedQuantities()).sort()).toEqual([1, 2])
    })

    for (const outcome of [
      { status: "expire", fraud: undefined, session: "canceled" },
      { status: "deny", fraud: "deny", session: "error" },
    ] as const) {
      it(`${outcome.status}: cancels the session, the orders placed awaiting payment, and releases their reservations`, async () => {
        const cart = await midtransCart()
        // The shopper got a virtual account number; the storefront completes
        // the cart while the payment is pending.
        fake.setStatus(cart.order_id, "pending", {
          payment_type: "bank_transfer",
        })
        const completed = await cart.sdk.store.cart.complete(cart.cart_id)
        expect(completed.type).toBe("order")
        const placed = await state(cart.cart_id, cart.session.id)
        expect(placed.session_status).toBe("pending_authorization")
        expect(placed.payments).toHaveLength(0)
        expect(placed.groups[0].orders).toHaveLength(2)
        expect(await reservationsOf(orderItemIds(placed))).toHaveLength(2)
        expect((await reservedQuantities()).sort()).toEqual([1, 2])

        fake.setStatus(cart.order_id, outcome.status, {
          payment_type: "bank_transfer",
          fraud_status: outcome.fraud,
        })
        await notify(fake.notification(cart.order_id))
        await notify(fake.notification(cart.order_id)) // a duplicate

        const failed = await waitFor(
          async () => {
            const s = await state(cart.cart_id, cart.session.id)
            return s.groups[0].orders.every((o: Row) => o.status === "canceled")
              ? s
              : null
          },
          { what: "both seller orders cancelled" }
        )
        expect(failed.session_status).toBe(outcome.session)
        expect(failed.payments).toHaveLength(0)
        expect(await reservationsOf(orderItemIds(placed))).toHaveLength(0)
        expect(await reservedQuantities()).toEqual([0, 0])
      })
    }

    it("records a refund made in the Midtrans dashboard once, and knows the refunds Medusa made itself", async () => {
      const cart = await midtransCart()
      fake.setStatus(cart.order_id, "settlement", {
        payment_type: "bank_transfer",
      })
      const completed = await cart.sdk.store.cart.complete(cart.cart_id)
      expect(completed.type).toBe("order")
      const paid = await state(cart.cart_id, cart.session.id)
      const [payment] = paid.payments
      expect(payment.captured_at).not.toBeNull()

      // A refund from Medusa: sent to Midtrans with Medusa's refund id as key.
      const paymentModule = getContainer().resolve(Modules.PAYMENT)
      const medusaRefund = await paymentModule.refundPayment({
        payment_id: payment.id,
        amount: 20_000,
      })
      const medusaRefundId = medusaRefund.refunds!.find(Boolean)!.id
      expect(fake.transactions.get(cart.order_id)!.refunds).toEqual([
        expect.objectContaining({
          refund_key: medusaRefundId,
          refund_amount: 20_000,
        }),
      ])

      // The operator refunds 50 000 more in the Midtrans dashboard; Midtrans
      // notifies (twice).
      fake.refundInDashboard(cart.order_id, 50_000, "dashboard-refund-1")
      const refunded = fake.notification(cart.order_id)
      const probe = webhookProbe(getContainer())
      const before = probe.count()
      await notify(refunded)
      await notify(refunded)
      await probe.delivered(before, 2)

      const recorded = await waitFor(
        async () => {
          const [p] = await paymentModule.listPayments(
            { id: payment.id },
            { relations: ["refunds"] }
          )
          return p.refunds!.length >= 2 ? p : null
        },
        { what: "the dashboard refund" }
      )
      const [final] = await paymentModule.listPayments(
        { id: payment.id },
        { relations: ["refunds"] }
      )
      expect(recorded.refunds!.length).toBe(2)
      expect(final.refunds!.map((r) => Number(r.amount)).sort()).toEqual([
        20_000, 50_000,
      ])
      expect(
        final.refunds!.find((r) => Number(r.amount) === 50_000)!.note
      ).toContain("dashboard-refund-1")
      // Midtrans was asked to refund only once (the dashboard refund was not re-sent).
      expect(
        fake.requests.filter(
          (r) => r.method === "POST" && r.path.endsWith("/refund")
        )
      ).toHaveLength(1)
      const [collection] = await paymentModule.listPaymentCollections({
        id: cart.session.payment_collection_id,
      })
      expect(Number(collection.refunded_amount)).toBe(70_000)
    })
  },
})
