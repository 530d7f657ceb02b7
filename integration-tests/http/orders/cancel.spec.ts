import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { cancelSellerOrderWorkflow } from "@belanjain/marketplace/workflows"
import { SellerOrderEvents } from "@belanjain/marketplace/types"
import { signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import {
  captureGroupPayment,
  eventually,
  orderRecord,
  paymentOf,
  placeOrder,
  type PlacedGroup,
  recordEvents,
  reservationsOf,
  shopperAction,
  stockOf,
  vendorAction,
} from "../../helpers/orders"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * Cancelling one seller's order of a checkout: exactly its stock comes back,
 * the other sellers' orders keep theirs, and its share of the group's single
 * payment is refunded (captured) or released (authorized) — once.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          shipping: 10_000,
          variants: [
            { sku: "BTK-1", price: 150_000, stock: 20 },
            { sku: "BTK-2", price: 100_000, stock: 20 },
          ],
        },
        {
          handle: "sepatu",
          shipping: 20_000,
          variants: [{ sku: "SPT-1", price: 450_000, stock: 20 }],
        },
        {
          handle: "buku",
          shipping: 8_000,
          variants: [{ sku: "BKU-1", price: 75_000, stock: 20 }],
        },
      ])
    })

    const container = () => getContainer()
    const [BATIK, SEPATU, BUKU] = [0, 1, 2]
    const seller = (i: number) => market.sellers[i]

    /** batik ×2 of BTK-1 + ×1 of BTK-2, sepatu ×1, buku ×3. */
    const checkout = (options: { token?: string } = {}) =>
      placeOrder(
        api,
        container(),
        market,
        [
          { variant_id: seller(BATIK).variants[0].id, quantity: 2 },
          { variant_id: seller(BATIK).variants[1].id, quantity: 1 },
          { variant_id: seller(SEPATU).variants[0].id, quantity: 1 },
          { variant_id: seller(BUKU).variants[0].id, quantity: 3 },
        ],
        options
      )

    const stocks = async () => ({
      batik1: await stockOf(container(), seller(BATIK), 0),
      batik2: await stockOf(container(), seller(BATIK), 1),
      sepatu: await stockOf(container(), seller(SEPATU)),
      buku: await stockOf(container(), seller(BUKU)),
    })

    it("cancelling a pending order restocks exactly its lines; the other sellers' orders keep their reservations", async () => {
      const events = recordEvents(container(), [SellerOrderEvents.CANCELED])
      const group = await checkout()
      const batikOrder = group.orderOf(seller(BATIK))
      expect(await stocks()).toEqual({
        batik1: { stocked: 20, reserved: 2 },
        batik2: { stocked: 20, reserved: 1 },
        sepatu: { stocked: 20, reserved: 1 },
        buku: { stocked: 20, reserved: 3 },
      })
      const sepatuReservations = await reservationsOf(
        container(),
        group.orderOf(seller(SEPATU))
      )
      const bukuReservations = await reservationsOf(
        container(),
        group.orderOf(seller(BUKU))
      )

      const res = await vendorAction(
        api,
        seller(BATIK),
        batikOrder.id,
        "cancel",
        {
          reason: "stok rusak",
        }
      )
      expect(res.status).toBe(200)
      expect(res.data.order.status).toBe("cancelled")
      expect(res.data.order.cancellation).toMatchObject({
        canceled_via: "seller",
        reason: "stok rusak",
        refunded_amount: "0",
        released_amount: String(batikOrder.total),
      })

      expect(await reservationsOf(container(), batikOrder)).toEqual([])
      expect(await stocks()).toEqual({
        batik1: { stocked: 20, reserved: 0 },
        batik2: { stocked: 20, reserved: 0 },
        sepatu: { stocked: 20, reserved: 1 },
        buku: { stocked: 20, reserved: 3 },
      })
      expect(
        await reservationsOf(container(), group.orderOf(seller(SEPATU)))
      ).toEqual(sepatuReservations)
      expect(
        await reservationsOf(container(), group.orderOf(seller(BUKU)))
      ).toEqual(bukuReservations)

      const record = await orderRecord(container(), batikOrder.id)
      expect(record.status).toBe("canceled")
      for (const other of [SEPATU, BUKU]) {
        const o = await orderRecord(
          container(),
          group.orderOf(seller(other)).id
        )
        expect(o.status).toBe("pending")
      }

      // authorized only: the share is released from what is still to collect
      const collection = await paymentOf(
        container(),
        group.payment_collection_id
      )
      expect(Number(collection.amount)).toBe(group.total - batikOrder.total)
      const [payment] = collection.payments
      expect(payment.canceled_at).toBeNull()
      expect(payment.refunds).toEqual([])
      expect(Number(payment.amount)).toBe(group.total)

      await eventually(() =>
        expect(events).toEqual([
          {
            name: SellerOrderEvents.CANCELED,
            data: {
              id: batikOrder.id,
              seller_id: seller(BATIK).id,
              order_group_id: group.id,
              from: "pending",
              to: "cancelled",
              // The seller member who cancelled it (for the audit log).
              actor: { type: "seller", id: expect.stringMatching(/^selmem_/) },
            },
          },
        ])
      )

      // a later capture takes only what remains, and completes the collection
      const { capturePaymentWorkflow } =
        await import("@medusajs/medusa/core-flows")
      await capturePaymentWorkflow(container()).run({
        input: {
          payment_id: payment.id,
          amount:
            Number(collection.amount) - Number(collection.captured_amount ?? 0),
        },
      })
      const captured = await paymentOf(container(), group.payment_collection_id)
      expect(Number(captured.captured_amount)).toBe(
        group.total - batikOrder.total
      )
      expect(captured.status).toBe("completed")
    })

    it("cancelling an accepted (processing) order cancels its fulfillment and puts its stock back", async () => {
      const group = await checkout()
      const batikOrder = group.orderOf(seller(BATIK))
      await vendorAction(api, seller(BATIK), batikOrder.id, "accept")
      expect((await stocks()).batik1).toEqual({ stocked: 18, reserved: 0 })
      expect((await stocks()).batik2).toEqual({ stocked: 19, reserved: 0 })

      const res = await vendorAction(
        api,
        seller(BATIK),
        batikOrder.id,
        "cancel"
      )
      expect(res.status).toBe(200)
      expect(res.data.order.status).toBe("cancelled")

      const record = await orderRecord(container(), batikOrder.id)
      expect(record.status).toBe("canceled")
      expect(record.fulfillments).toHaveLength(1)
      expect(record.fulfillments[0].canceled_at).toBeTruthy()
      expect(await reservationsOf(container(), batikOrder)).toEqual([])
      expect(await stocks()).toEqual({
        batik1: { stocked: 20, reserved: 0 },
        batik2: { stocked: 20, reserved: 0 },
        sepatu: { stocked: 20, reserved: 1 },
        buku: { stocked: 20, reserved: 3 },
      })
    })

    it("a captured payment: the order's total is refunded on the group's payment, once per cancelled order", async () => {
      const group = await checkout()
      await captureGroupPayment(container(), group.payment_collection_id)
      const batikOrder = group.orderOf(seller(BATIK))
      const bukuOrder = group.orderOf(seller(BUKU))

      const first = await vendorAction(
        api,
        seller(BATIK),
        batikOrder.id,
        "cancel"
      )
      expect(first.status).toBe(200)
      expect(first.data.order.cancellation).toMatchObject({
        refunded_amount: String(batikOrder.total),
        released_amount: "0",
      })
      const second = await vendorAction(
        api,
        seller(BUKU),
        bukuOrder.id,
        "cancel"
      )
      expect(second.status).toBe(200)

      const collection = await paymentOf(
        container(),
        group.payment_collection_id
      )
      // nothing was released: everything had been captured
      expect(Number(collection.amount)).toBe(group.total)
      expect(Number(collection.refunded_amount)).toBe(
        batikOrder.total + bukuOrder.total
      )
      const [payment] = collection.payments
      expect(
        (payment.refunds as Row[])
          .map((r) => [r.metadata?.order_id, Number(r.amount)])
          .sort()
      ).toEqual(
        [
          [batikOrder.id, batikOrder.total],
          [bukuOrder.id, bukuOrder.total],
        ].sort()
      )
      // Medusa's own cancellation found no payment on the seller order
      for (const id of [batikOrder.id, bukuOrder.id]) {
        const record = await orderRecord(container(), id)
        for (const line of record.credit_lines ?? []) {
          expect(Number(line.amount)).toBe(0)
        }
      }
    })

    it("captures recorded on the seller order (auto-capture at checkout) get a matching refund transaction", async () => {
      const group = await checkout()
      await captureGroupPayment(container(), group.payment_collection_id)
      const batikOrder = group.orderOf(seller(BATIK))
      // what the split records for payments captured during checkout
      await container().resolve(Modules.ORDER).addOrderTransactions({
        order_id: batikOrder.id,
        amount: batikOrder.total,
        currency_code: "idr",
        reference: "capture",
      })

      const res = await vendorAction(
        api,
        seller(BATIK),
        batikOrder.id,
        "cancel"
      )
      expect(res.status).toBe(200)
      const record = await orderRecord(container(), batikOrder.id)
      expect(
        (record.transactions as Row[])
          .map((t) => [t.reference, Number(t.amount)])
          .sort()
      ).toEqual(
        [
          ["capture", batikOrder.total],
          ["refund", -batikOrder.total],
        ].sort()
      )
    })

    it("when every order is cancelled before capture, the authorization is voided", async () => {
      const group = await checkout()
      for (const i of [BATIK, SEPATU, BUKU]) {
        const res = await vendorAction(
          api,
          seller(i),
          group.orderOf(seller(i)).id,
          "cancel"
        )
        expect(res.status).toBe(200)
      }
      const collection = await paymentOf(
        container(),
        group.payment_collection_id
      )
      expect(Number(collection.amount)).toBe(0)
      expect(collection.status).toBe("canceled")
      expect(collection.payments[0].canceled_at).toBeTruthy()
      expect(await stocks()).toEqual({
        batik1: { stocked: 20, reserved: 0 },
        batik2: { stocked: 20, reserved: 0 },
        sepatu: { stocked: 20, reserved: 0 },
        buku: { stocked: 20, reserved: 0 },
      })
    })

    it("concurrent cancels of one order: one succeeds, the others get 409, one refund", async () => {
      const group = await checkout()
      await captureGroupPayment(container(), group.payment_collection_id)
      const order = group.orderOf(seller(SEPATU))

      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          vendorAction(api, seller(SEPATU), order.id, "cancel")
        )
      )
      expect(results.map((r) => r.status).sort()).toEqual([
        200, 409, 409, 409, 409,
      ])
      for (const r of results.filter((r) => r.status === 409)) {
        expect(r.data.message).toBe(
          `Cannot change seller order #${order.display_id} from cancelled to cancelled`
        )
      }
      const collection = await paymentOf(
        container(),
        group.payment_collection_id
      )
      expect(collection.payments[0].refunds).toHaveLength(1)
      expect(Number(collection.refunded_amount)).toBe(order.total)
      expect((await stocks()).sepatu).toEqual({ stocked: 20, reserved: 0 })
    })

    it("concurrent cancels of different orders of one group release each share exactly once", async () => {
      const group = await checkout()
      const results = await Promise.all(
        [BATIK, SEPATU].map((i) =>
          vendorAction(api, seller(i), group.orderOf(seller(i)).id, "cancel")
        )
      )
      expect(results.map((r) => r.status)).toEqual([200, 200])
      const collection = await paymentOf(
        container(),
        group.payment_collection_id
      )
      expect(Number(collection.amount)).toBe(group.orderOf(seller(BUKU)).total)
    })

    it("a failure after the payment release rolls the cancellation back: stock, status, amount and metadata", async () => {
      const group = await checkout()
      const order = group.orderOf(seller(BATIK))
      const workflow = cancelSellerOrderWorkflow(container())
      workflow.insertActionAfter(
        "marketplace-release-seller-order-payment-step",
        "throw",
        {
          invoke: async () => {
            throw new Error("crash after the release")
          },
        }
      )
      const { errors } = await workflow.run({
        input: { order_id: order.id, canceled_via: "seller" },
        throwOnError: false,
      })
      expect(errors.map((e: Row) => e.error?.message)).toContain(
        "crash after the release"
      )

      const record = await orderRecord(container(), order.id)
      expect(record.status).toBe("pending")
      expect(record.metadata?.marketplace_cancellation).toBeUndefined()
      expect((await stocks()).batik1).toEqual({ stocked: 20, reserved: 2 })
      expect(await reservationsOf(container(), order)).toHaveLength(2)
      const collection = await paymentOf(
        container(),
        group.payment_collection_id
      )
      expect(Number(collection.amount)).toBe(group.total)

      // the locks were released: the seller can cancel it now
      const res = await vendorAction(api, seller(BATIK), order.id, "cancel")
      expect(res.status).toBe(200)
    })

    describe("by the shopper", () => {
      let shopper: {
        token: string
        headers: { headers: Record<string, string> }
      }
      let group: PlacedGroup

      beforeEach(async () => {
        shopper = await signUpCustomer(api, market.publishable_key)
        group = await checkout({ token: shopper.token })
      })

      it("cancels a pending order: restocked, the group shows it cancelled and the others pending", async () => {
        const order = group.orderOf(seller(BUKU))
        const res = await shopperAction(
          api,
          shopper.headers,
          group,
          order.id,
          "cancel",
          { reason: "salah pesan" }
        )
        expect(res.status).toBe(200)
        const statuses = Object.fromEntries(
          res.data.order_group.orders.map((o: Row) => [
            o.seller.handle,
            o.status,
          ])
        )
        expect(statuses).toEqual({
          batik: "pending",
          sepatu: "pending",
          buku: "cancelled",
        })
        const view = res.data.order_group.orders.find(
          (o: Row) => o.id === order.id
        )
        expect(view.cancellation).toMatchObject({
          canceled_via: "customer",
          reason: "salah pesan",
        })
        expect((await stocks()).buku).toEqual({ stocked: 20, reserved: 0 })
        expect((await stocks()).sepatu).toEqual({ stocked: 20, reserved: 1 })
      })

      it("cannot cancel once the seller accepted it (409 naming both statuses); nothing changes", async () => {
        const order = group.orderOf(seller(SEPATU))
        await vendorAction(api, seller(SEPATU), order.id, "accept")
        const res = await shopperAction(
          api,
          shopper.headers,
          group,
          order.id,
          "cancel"
        )
        expect(res.status).toBe(409)
        expect(res.data.message).toBe(
          `Cannot change seller order #${order.display_id} from processing to cancelled (this action applies only to pending orders)`
        )
        const record = await orderRecord(container(), order.id)
        expect(record.status).toBe("pending")
        expect(record.fulfillments[0].canceled_at).toBeNull()
        expect((await stocks()).sepatu).toEqual({ stocked: 19, reserved: 0 })
      })
    })
  },
})
