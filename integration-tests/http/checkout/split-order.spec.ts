import { medusaIntegrationTestRunner } from "../../helpers/runner"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentActions,
} from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { signUpCustomer } from "../../helpers/actors"
import {
  createMarket,
  type Market,
  prepareCart,
  storefrontSdk,
} from "../../helpers/checkout"

jest.setTimeout(300_000)

type Row = Record<string, any>

medusaIntegrationTestRunner({
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
          handle: "sepatu",
          shipping: 20_000,
          variants: [
            { sku: "SPT-1", price: 450_000, stock: 10 },
            { sku: "SPT-2", price: 500_000, stock: 10 },
          ],
        },
        {
          handle: "buku",
          shipping: 8_000,
          variants: [{ sku: "BKU-1", price: 75_000, stock: 10 }],
        },
      ])
    })

    async function groupOfCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_group",
        fields: [
          "id",
          "total",
          "cart_id",
          "payment_collection.id",
          "orders.id",
          "orders.display_id",
          "orders.total",
          "orders.seller.id",
          "orders.items.id",
          "orders.items.variant_id",
          "orders.items.quantity",
          "orders.shipping_methods.shipping_option_id",
          "orders.shipping_methods.amount",
          "orders.payment_collections.id",
        ],
        filters: { cart_id: cartId },
      })
      return data as Row[]
    }

    it("splits a 3-seller cart completed with the js-sdk into one group and one order per seller", async () => {
      const shopper = await signUpCustomer(
        api,
        market.publishable_key,
        "budi@example.com"
      )
      const sdk = storefrontSdk(api, market.publishable_key, shopper.token)
      const [batik, sepatu, buku] = market.sellers
      const cart = await prepareCart(sdk, market, [
        { variant_id: batik.variants[0].id, quantity: 2 },
        { variant_id: sepatu.variants[0].id, quantity: 1 },
        { variant_id: sepatu.variants[1].id, quantity: 1 },
        { variant_id: buku.variants[0].id, quantity: 3 },
      ])
      expect(cart.total).toBe(
        2 * 150_000 + 450_000 + 500_000 + 3 * 75_000 + 10_000 + 20_000 + 8_000
      )

      const completed = await sdk.store.cart.complete(cart.id)
      expect(completed.type).toBe("order")
      // Medusa's answer carries the group: every per-seller order number
      const answered = (completed as Row).order.order_group
      expect(answered.id).toMatch(/^ogrp_/)
      expect(answered.orders).toHaveLength(3)

      const groups = await groupOfCart(cart.id)
      expect(groups).toHaveLength(1)
      const [group] = groups
      expect(group.id).toMatch(/^ogrp_/)
      expect(Number(group.total)).toBe(cart.total)
      expect(group.payment_collection.id).toBe(cart.payment_collection!.id)
      expect(group.orders).toHaveLength(3)

      const sum = group.orders.reduce(
        (acc: number, o: Row) => acc + Number(o.total),
        0
      )
      expect(sum).toBe(cart.total)
      // the completion answer is one of the group's orders
      expect(group.orders.map((o: Row) => o.id)).toContain(
        (completed as Row).order.id
      )
      const displayIds = group.orders.map((o: Row) => o.display_id)
      expect(new Set(displayIds).size).toBe(3)

      expect(answered.id).toBe(group.id)
      expect(answered.orders.map((o: Row) => o.display_id).sort()).toEqual(
        [...displayIds].sort()
      )

      for (const seller of market.sellers) {
        const order = group.orders.find((o: Row) => o.seller?.id === seller.id)
        expect(order).toBeDefined()
        expect(order.items.map((i: Row) => i.variant_id).sort()).toEqual(
          seller.variants.map((v) => v.id).sort()
        )
        expect(order.shipping_methods).toHaveLength(1)
        expect(order.shipping_methods[0].shipping_option_id).toBe(
          seller.shipping_option_id
        )
        expect(Number(order.shipping_methods[0].amount)).toBe(
          seller.shipping_amount
        )
        // the payment belongs to the group, not to a seller's order
        expect(order.payment_collections ?? []).toHaveLength(0)
      }
      const batikOrder = group.orders.find((o: Row) => o.seller.id === batik.id)
      expect(Number(batikOrder.total)).toBe(2 * 150_000 + 10_000)

      // reservations belong to the per-seller orders' lines, at the seller's location
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const reservations = await inventory.listReservationItems({
        line_item_id: group.orders.flatMap((o: Row) =>
          o.items.map((i: Row) => i.id)
        ),
      })
      expect(reservations).toHaveLength(4)
      for (const order of group.orders) {
        const seller = market.sellers.find((s) => s.id === order.seller.id)!
        for (const item of order.items) {
          const r = reservations.find((x) => x.line_item_id === item.id)!
          expect(r.location_id).toBe(seller.location_id)
          expect(Number(r.quantity)).toBe(Number(item.quantity))
        }
      }

      // commission recorded per line with the platform default rate (10 %)
      const groupsModule = getContainer().resolve("order_group") as any
      const lines = await groupsModule.listCommissionLines({
        order_id: group.orders.map((o: Row) => o.id),
      })
      expect(lines).toHaveLength(4)
      const batikLine = lines.find((l: Row) => l.seller_id === batik.id)
      expect(batikLine.rate).toBe(10)
      expect(Number(batikLine.base_amount)).toBe(300_000)
      expect(Number(batikLine.amount)).toBe(30_000)

      // each seller sees only its own order; the shopper sees all three
      for (const seller of market.sellers) {
        const listed = await api.get("/vendor/orders", seller.headers)
        const own = group.orders.find((o: Row) => o.seller.id === seller.id)
        expect(listed.data.orders.map((o: Row) => o.id)).toEqual([own.id])
      }
      const mine = await api.get(
        `/store/order-groups/${group.id}`,
        shopper.headers
      )
      expect(mine.data.order_group.orders.map((o: Row) => o.id).sort()).toEqual(
        group.orders.map((o: Row) => o.id).sort()
      )
      expect(mine.data.order_group.orders.map((o: Row) => o.status)).toEqual([
        "pending",
        "pending",
        "pending",
      ])

      // a repeated completion answers the same group and creates nothing
      const again = await sdk.store.cart.complete(cart.id)
      expect(again.type).toBe("order")
      expect(group.orders.map((o: Row) => o.id)).toContain(
        (again as Row).order.id
      )
      expect(await groupOfCart(cart.id)).toHaveLength(1)
      const orderModule = getContainer().resolve(Modules.ORDER)
      expect(await orderModule.listOrders({})).toHaveLength(3)
    })

    it("splits the same way when a payment webhook completes the cart (processPaymentWorkflow); the storefront's completion then answers that group", async () => {
      const sdk = storefrontSdk(api, market.publishable_key)
      const [batik, sepatu, buku] = market.sellers
      const cart = await prepareCart(sdk, market, [
        { variant_id: batik.variants[0].id, quantity: 1 },
        { variant_id: sepatu.variants[0].id, quantity: 1 },
        { variant_id: buku.variants[0].id, quantity: 1 },
      ])
      const payment = getContainer().resolve(Modules.PAYMENT)
      const [session] = await payment.listPaymentSessions({
        payment_collection_id: cart.payment_collection!.id,
      })

      // what Medusa's /hooks/payment/:provider subscriber runs
      await processPaymentWorkflow(getContainer()).run({
        input: {
          action: PaymentActions.AUTHORIZED,
          data: { session_id: session.id, amount: cart.total },
        },
      })
      const [group] = await groupOfCart(cart.id)
      expect(group.orders).toHaveLength(3)
      expect(group.payment_collection.id).toBe(cart.payment_collection!.id)
      for (const order of group.orders) {
        expect(order.seller.id).toBeDefined()
        expect(order.payment_collections ?? []).toHaveLength(0)
      }
      const [authorized] = await payment.listPayments({
        payment_collection_id: cart.payment_collection!.id,
      } as Row)
      expect(authorized.canceled_at).toBeFalsy()

      // the storefront completes afterwards (mercur#1400): same group, no second order
      const completed = (await sdk.store.cart.complete(cart.id)) as Row
      expect(completed.type).toBe("order")
      expect(completed.order.order_group.id).toBe(group.id)
      expect(await groupOfCart(cart.id)).toHaveLength(1)
      expect(
        await getContainer().resolve(Modules.ORDER).listOrders({})
      ).toHaveLength(3)
    })

    it("makes a group of one for a one-seller cart", async () => {
      const sdk = storefrontSdk(api, market.publishable_key)
      const [, sepatu] = market.sellers
      const cart = await prepareCart(sdk, market, [
        { variant_id: sepatu.variants[0].id, quantity: 1 },
      ])
      const completed = (await sdk.store.cart.complete(cart.id)) as Row
      const [group] = await groupOfCart(cart.id)
      expect(group.orders).toHaveLength(1)
      expect(group.orders[0].id).toBe(completed.order.id)
      expect(group.orders[0].seller.id).toBe(sepatu.id)
      expect(Number(group.total)).toBe(cart.total)
      expect(group.payment_collection.id).toBe(cart.payment_collection!.id)
    })
  },
})
