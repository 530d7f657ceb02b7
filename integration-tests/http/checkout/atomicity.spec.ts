import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  createMarket,
  type Market,
  prepareCart,
  storefrontSdk,
} from "../../helpers/checkout"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * Checkout under races and failures: stock for all or none, one group per
 * cart, nothing left behind. With REDIS_URL (CI) the cart and inventory locks
 * are Redis locks (medusa-config registers the Redis locking provider).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "langka",
          shipping: 9_000,
          variants: [{ sku: "LANGKA-1", price: 99_000, stock: 5 }],
        },
        {
          handle: "kaos",
          shipping: 7_000,
          variants: [{ sku: "KAOS-1", price: 60_000, stock: 1_000 }],
        },
        {
          handle: "buku",
          shipping: 8_000,
          variants: [{ sku: "BUKU-1", price: 45_000, stock: 1_000 }],
        },
      ])
    })

    const container = () => getContainer()

    async function state(cartIds: string[]) {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data: groups } = await query.graph({
        entity: "order_group",
        fields: ["id", "cart_id", "orders.id"],
        filters: { cart_id: cartIds },
      })
      const orders = await container().resolve(Modules.ORDER).listOrders({})
      const reservations = await container()
        .resolve(Modules.INVENTORY)
        .listReservationItems({})
      const commissions = await (
        container().resolve("order_group") as any
      ).listCommissionLines({})
      return {
        groups: groups as Row[],
        orders,
        reservations,
        commissions: commissions as Row[],
      }
    }

    async function levelOf(inventoryItemId: string, locationId: string) {
      const [level] = await container()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({
          inventory_item_id: inventoryItemId,
          location_id: locationId,
        })
      return {
        stocked: Number(level.stocked_quantity),
        reserved: Number(level.reserved_quantity),
      }
    }

    async function payments(paymentCollectionId: string) {
      const payment = container().resolve(Modules.PAYMENT)
      const list = await payment.listPayments(
        { payment_collection_id: paymentCollectionId } as Row,
        { relations: ["captures"] }
      )
      return list as Row[]
    }

    it("last units: 30 concurrent shoppers, 5 units → exactly 5 orders, no stock below 0, nothing left for the losers", async () => {
      const [langka, kaos] = market.sellers
      const sdk = storefrontSdk(api, market.publishable_key)
      // Carts are prepared ten at a time (preparing reserves nothing); only
      // the completions below race.
      const carts: Row[] = []
      for (let first = 0; first < 30; first += 10) {
        carts.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, (_, k) =>
              prepareCart(
                sdk,
                market,
                [
                  { variant_id: langka.variants[0].id, quantity: 1 },
                  { variant_id: kaos.variants[0].id, quantity: 1 },
                ],
                `shopper${first + k}@example.com`
              )
            )
          ))
        )
      }

      const results = await Promise.all(
        carts.map((cart) =>
          sdk.store.cart.complete(cart.id).then(
            (res) => ({ ok: res.type === "order", res: res as Row }),
            (error: Row) => ({ ok: false, error })
          )
        )
      )
      const winners = results.filter((r) => r.ok)
      const losers = results.filter((r) => !r.ok) as { error: Row }[]
      expect(winners).toHaveLength(5)
      expect(losers).toHaveLength(25)
      for (const loser of losers) {
        expect(loser.error.status).toBe(400)
        expect(loser.error.message).toBe("Produk langka is out of stock")
      }

      const level = await levelOf(
        langka.variants[0].inventory_item_id,
        langka.location_id
      )
      expect(level).toEqual({ stocked: 5, reserved: 5 })
      const kaosLevel = await levelOf(
        kaos.variants[0].inventory_item_id,
        kaos.location_id
      )
      expect(kaosLevel.reserved).toBe(5)

      const after = await state(carts.map((c) => c.id))
      expect(after.groups).toHaveLength(5)
      expect(after.orders).toHaveLength(10) // 5 groups × 2 sellers
      expect(after.reservations).toHaveLength(10)
      expect(after.commissions).toHaveLength(10)
      const winnerCarts = new Set(after.groups.map((g) => g.cart_id))
      for (const cart of carts.filter((c) => !winnerCarts.has(c.id))) {
        const { cart: reread } = await sdk.store.cart.retrieve(cart.id)
        expect(reread.completed_at).toBeFalsy()
        for (const p of await payments(cart.payment_collection!.id)) {
          expect(p.captures ?? []).toHaveLength(0)
          expect(p.canceled_at).toBeTruthy()
        }
      }
    })

    it("double completion: 10 concurrent completions of one cart → one group; each answer is that group or a 409", async () => {
      const [langka, kaos, buku] = market.sellers
      const sdk = storefrontSdk(api, market.publishable_key)
      const cart = await prepareCart(sdk, market, [
        { variant_id: langka.variants[0].id, quantity: 2 },
        { variant_id: kaos.variants[0].id, quantity: 1 },
        { variant_id: buku.variants[0].id, quantity: 1 },
      ])

      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          sdk.store.cart.complete(cart.id).then(
            (res) => ({ status: 200, res: res as Row }),
            (error: Row) => ({ status: error.status as number, error })
          )
        )
      )

      const after = await state([cart.id])
      expect(after.groups).toHaveLength(1)
      const orderIds = after.groups[0].orders.map((o: Row) => o.id)
      expect(orderIds).toHaveLength(3)
      expect(after.orders).toHaveLength(3)
      for (const result of results) {
        if (result.status === 200) {
          expect((result as Row).res.type).toBe("order")
          expect(orderIds).toContain((result as Row).res.order.id)
        } else {
          expect(result.status).toBe(409)
        }
      }
      expect(results.some((r) => r.status === 200)).toBe(true)
      expect(after.reservations).toHaveLength(3)
      expect(
        await levelOf(langka.variants[0].inventory_item_id, langka.location_id)
      ).toEqual({
        stocked: 5,
        reserved: 2,
      })
    })

    it("partial failure: one line out of stock → no group, no orders, no reservations, nothing captured", async () => {
      const [langka, kaos, buku] = market.sellers
      const sdk = storefrontSdk(api, market.publishable_key)
      const cart = await prepareCart(sdk, market, [
        { variant_id: kaos.variants[0].id, quantity: 1 },
        { variant_id: buku.variants[0].id, quantity: 1 },
        { variant_id: langka.variants[0].id, quantity: 2 },
      ])
      // another shopper buys the last units in between
      await container()
        .resolve(Modules.INVENTORY)
        .updateInventoryLevels([
          {
            inventory_item_id: langka.variants[0].inventory_item_id,
            location_id: langka.location_id,
            stocked_quantity: 1,
          },
        ])

      const error = await sdk.store.cart.complete(cart.id).then(
        () => null,
        (e: Row) => e
      )
      expect(error?.status).toBe(400)
      expect(error?.message).toBe("Produk langka is out of stock: only 1 left")

      const after = await state([cart.id])
      expect(after.groups).toHaveLength(0)
      expect(after.orders).toHaveLength(0)
      expect(after.reservations).toHaveLength(0)
      expect(after.commissions).toHaveLength(0)
      for (const p of await payments(cart.payment_collection!.id)) {
        expect(p.captures ?? []).toHaveLength(0)
      }
      const { cart: reread } = await sdk.store.cart.retrieve(cart.id)
      expect(reread.completed_at).toBeFalsy()
    })

    it("a failure after the split's last step rolls everything back, and the cart can then be completed", async () => {
      const [langka, kaos, buku] = market.sellers
      const sdk = storefrontSdk(api, market.publishable_key)
      const cart = await prepareCart(sdk, market, [
        { variant_id: langka.variants[0].id, quantity: 1 },
        { variant_id: kaos.variants[0].id, quantity: 2 },
        { variant_id: buku.variants[0].id, quantity: 1 },
      ])

      const crash = {
        invoke: async () => {
          throw new Error("crash after the split")
        },
      }
      // right after the split step (the orderCreated hook), then at the very
      // end of the completion (appendAction puts it after the lock release)
      const rightAfter = completeCartWorkflow(container())
      rightAfter.insertActionAfter("orderCreated", "throw", crash)
      const atEnd = completeCartWorkflow(container())
      atEnd.appendAction("throw", "orderCreated", crash)

      for (const workflow of [rightAfter, atEnd]) {
        const { errors } = await workflow.run({
          input: { id: cart.id },
          throwOnError: false,
        })
        expect(errors.map((e: Row) => e.error?.message)).toContain(
          "crash after the split"
        )

        const after = await state([cart.id])
        expect(after.groups).toHaveLength(0)
        expect(after.orders).toHaveLength(0)
        expect(after.reservations).toHaveLength(0)
        expect(after.commissions).toHaveLength(0)
        expect(
          await levelOf(
            langka.variants[0].inventory_item_id,
            langka.location_id
          )
        ).toEqual({ stocked: 5, reserved: 0 })
        const link = await container()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order_cart",
            fields: ["order_id"],
            filters: { cart_id: cart.id },
          })
        expect(link.data).toHaveLength(0)
        const { cart: reread } = await sdk.store.cart.retrieve(cart.id)
        expect(reread.completed_at).toBeFalsy()
        for (const p of await payments(cart.payment_collection!.id)) {
          expect(p.captures ?? []).toHaveLength(0)
          expect(p.canceled_at).toBeTruthy()
        }
      }

      // the shopper retries: a clean split, as if nothing had happened
      const completed = (await sdk.store.cart.complete(cart.id)) as Row
      expect(completed.type).toBe("order")
      const retried = await state([cart.id])
      expect(retried.groups).toHaveLength(1)
      expect(retried.orders).toHaveLength(3)
      expect(retried.reservations).toHaveLength(3)
    })
  },
})
