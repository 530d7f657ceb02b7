import { medusaIntegrationTestRunner } from "../../helpers/runner"
import {
  SELLER_ORDER_STATUS_TRANSITIONS,
  SELLER_ORDER_STATUSES,
  SellerOrderEvents,
  type SellerOrderStatus,
} from "@belanjain/marketplace/types"
import { signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import {
  eventually,
  orderRecord,
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

/** The statuses an action leads to, and the action (who calls what). */
const TARGETS = ["processing", "shipped", "delivered", "cancelled"] as const
type Target = (typeof TARGETS)[number]

/** The legal path from pending to each status. */
const PATH: Record<SellerOrderStatus, Target[]> = {
  pending: [],
  processing: ["processing"],
  shipped: ["processing", "shipped"],
  delivered: ["processing", "shipped", "delivered"],
  cancelled: ["cancelled"],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let shopper: { token: string; headers: { headers: Record<string, string> } }

    beforeEach(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          shipping: 10_000,
          variants: [{ sku: "BTK-1", price: 150_000, stock: 50 }],
        },
        {
          handle: "sepatu",
          shipping: 20_000,
          variants: [{ sku: "SPT-1", price: 450_000, stock: 50 }],
        },
        {
          handle: "buku",
          shipping: 8_000,
          variants: [{ sku: "BKU-1", price: 75_000, stock: 50 }],
        },
        {
          handle: "kopi",
          shipping: 9_000,
          variants: [{ sku: "KOP-1", price: 60_000, stock: 50 }],
        },
      ])
      shopper = await signUpCustomer(api, market.publishable_key)
    })

    /** One checkout with every seller: one order per seller. */
    const checkout = (quantity = 1) =>
      placeOrder(
        api,
        getContainer(),
        market,
        market.sellers.map((s) => ({
          variant_id: s.variants[0].id,
          quantity,
        })),
        { token: shopper.token, email: "shopper@example.com" }
      )

    /** Who moves a seller's order to `target`. */
    function act(group: PlacedGroup, sellerIndex: number, target: Target) {
      const seller = market.sellers[sellerIndex]
      const order = group.orderOf(seller)
      switch (target) {
        case "processing":
          return vendorAction(api, seller, order.id, "accept")
        case "shipped":
          return vendorAction(api, seller, order.id, "ship", {
            tracking_number: `JNE-${order.display_id}`,
          })
        case "delivered":
          return shopperAction(
            api,
            shopper.headers,
            group,
            order.id,
            "confirm-receipt"
          )
        case "cancelled":
          return vendorAction(api, seller, order.id, "cancel", {
            reason: "stok habis",
          })
      }
    }

    const statusOf = async (group: PlacedGroup, sellerIndex: number) => {
      const seller = market.sellers[sellerIndex]
      const res = await api.get(
        `/vendor/orders/${group.orderOf(seller).id}`,
        seller.headers
      )
      return res.data.order.status as SellerOrderStatus
    }

    it("the group's customer is the signed-in shopper (whatever e-mail the cart was given)", async () => {
      const group = await placeOrder(
        api,
        getContainer(),
        market,
        [{ variant_id: market.sellers[0].variants[0].id, quantity: 1 }],
        { token: shopper.token, email: "lain@example.com" }
      )
      const me = await api.get("/store/customers/me", shopper.headers)
      expect(group.customer_id).toBe(me.data.customer.id)
      expect(group.orders).toHaveLength(1)
    })

    it("every transition of the table works and every other one is refused with 409 naming both statuses", async () => {
      const outcomes: Row[] = []
      for (const from of SELLER_ORDER_STATUSES) {
        // one checkout per starting status: seller i's order tries TARGETS[i]
        const group = await checkout()
        for (let i = 0; i < TARGETS.length; i++) {
          for (const step of PATH[from]) {
            const res = await act(group, i, step)
            expect({ from, step, status: res.status }).toEqual({
              from,
              step,
              status: 200,
            })
          }
          expect(await statusOf(group, i)).toBe(from)

          const target = TARGETS[i]
          const res = await act(group, i, target)
          const legal = SELLER_ORDER_STATUS_TRANSITIONS[from].includes(target)
          const order = group.orderOf(market.sellers[i])
          outcomes.push({ from, target, status: res.status })
          if (legal) {
            expect({ from, target, status: res.status }).toEqual({
              from,
              target,
              status: 200,
            })
            expect(await statusOf(group, i)).toBe(target)
          } else {
            expect({ from, target, status: res.status }).toEqual({
              from,
              target,
              status: 409,
            })
            expect(res.data.message).toBe(
              `Cannot change seller order #${order.display_id} from ${from} to ${target}`
            )
            expect(await statusOf(group, i)).toBe(from)
          }
        }
      }
      // the whole table was exercised: 4 legal, 16 refused
      expect(outcomes.filter((o) => o.status === 200)).toHaveLength(
        Object.values(SELLER_ORDER_STATUS_TRANSITIONS).flat().length
      )
      expect(outcomes).toHaveLength(SELLER_ORDER_STATUSES.length * 4)
    })

    it("accept fulfills every line from the seller's location, taking the reserved stock", async () => {
      const events = recordEvents(getContainer(), [SellerOrderEvents.ACCEPTED])
      const group = await checkout(3)
      const [batik, sepatu] = market.sellers
      const order = group.orderOf(batik)
      expect(await stockOf(getContainer(), batik)).toEqual({
        stocked: 50,
        reserved: 3,
      })

      const res = await vendorAction(api, batik, order.id, "accept")
      expect(res.status).toBe(200)
      expect(res.data.order.status).toBe("processing")

      const record = await orderRecord(getContainer(), order.id)
      expect(record.fulfillments).toHaveLength(1)
      const [fulfillment] = record.fulfillments
      expect(fulfillment.location_id).toBe(batik.location_id)
      expect(fulfillment.provider_id).toBe("manual_manual")
      expect(fulfillment.shipped_at).toBeNull()
      expect(
        fulfillment.items.map((i: Row) => [i.line_item_id, Number(i.quantity)])
      ).toEqual([[order.items[0].id, 3]])
      // the reservation became stock taken out of the location
      expect(await reservationsOf(getContainer(), order)).toEqual([])
      expect(await stockOf(getContainer(), batik)).toEqual({
        stocked: 47,
        reserved: 0,
      })
      // the other sellers' orders are untouched
      expect(await stockOf(getContainer(), sepatu)).toEqual({
        stocked: 50,
        reserved: 3,
      })
      expect(
        (await orderRecord(getContainer(), group.orderOf(sepatu).id))
          .fulfillments
      ).toEqual([])

      await eventually(() =>
        expect(events).toEqual([
          {
            name: SellerOrderEvents.ACCEPTED,
            data: {
              id: order.id,
              seller_id: batik.id,
              order_group_id: group.id,
              from: "pending",
              to: "processing",
              actor: { type: "seller", id: expect.stringMatching(/^selmem_/) },
            },
          },
        ])
      )
    })

    it("ship records the tracking label; confirm receipt records the completion date and completes the order", async () => {
      const events = recordEvents(getContainer(), [
        SellerOrderEvents.SHIPPED,
        SellerOrderEvents.DELIVERED,
      ])
      const group = await checkout()
      const [batik] = market.sellers
      const order = group.orderOf(batik)
      await vendorAction(api, batik, order.id, "accept")

      const shipped = await vendorAction(api, batik, order.id, "ship", {
        tracking_number: "JNE123456",
        tracking_url: "https://jne.co.id/lacak/JNE123456",
      })
      expect(shipped.status).toBe(200)
      expect(shipped.data.order).toMatchObject({
        status: "shipped",
        tracking: {
          tracking_number: "JNE123456",
          tracking_url: "https://jne.co.id/lacak/JNE123456",
          label_url: null,
        },
        delivered_at: null,
      })
      expect(shipped.data.order.shipped_at).toBeTruthy()
      let record = await orderRecord(getContainer(), order.id)
      expect(record.fulfillments[0].shipped_at).toBeTruthy()
      expect(record.fulfillments[0].labels).toEqual([
        expect.objectContaining({
          tracking_number: "JNE123456",
          tracking_url: "https://jne.co.id/lacak/JNE123456",
        }),
      ])

      const before = Date.now()
      const confirmed = await shopperAction(
        api,
        shopper.headers,
        group,
        order.id,
        "confirm-receipt"
      )
      expect(confirmed.status).toBe(200)
      const view = confirmed.data.order_group.orders.find(
        (o: Row) => o.id === order.id
      )
      expect(view.status).toBe("delivered")
      expect(new Date(view.delivered_at).getTime()).toBeGreaterThanOrEqual(
        before - 1_000
      )
      record = await orderRecord(getContainer(), order.id)
      expect(record.status).toBe("completed")
      expect(new Date(record.fulfillments[0].delivered_at).toISOString()).toBe(
        view.delivered_at
      )

      await eventually(() =>
        expect(events.map((e) => e.name)).toEqual([
          SellerOrderEvents.SHIPPED,
          SellerOrderEvents.DELIVERED,
        ])
      )
      // Who made each change: the seller member ships, the shopper confirms.
      expect(events.map((e) => e.data)).toEqual([
        {
          id: order.id,
          seller_id: batik.id,
          order_group_id: group.id,
          from: "processing",
          to: "shipped",
          actor: { type: "seller", id: expect.stringMatching(/^selmem_/) },
        },
        {
          id: order.id,
          seller_id: batik.id,
          order_group_id: group.id,
          from: "shipped",
          to: "delivered",
          actor: { type: "customer", id: expect.stringMatching(/^cus_/) },
        },
      ])
    })
  },
})
