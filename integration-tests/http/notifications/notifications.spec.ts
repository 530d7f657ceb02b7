import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import {
  notifyLowStockWorkflow,
  NotificationTemplates,
} from "@belanjain/marketplace/workflows"
import { signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import { placeOrder, recordEvents, vendorAction } from "../../helpers/orders"
import { waitFor } from "../../helpers/payments"

jest.setTimeout(600_000)

type Row = Record<string, any>

const SHOPPER = "shopper@example.com"
/** `#<n>` as a whole order number. */
const orderNumber = (n: number) => new RegExp(`#${n}(?!\\d)`)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let shopper: { token: string; headers: { headers: Record<string, string> } }

    /** The message log through the admin API. */
    const messages = async (params: Record<string, string>) => {
      const res = await api.get(
        `/admin/marketplace/messages?${new URLSearchParams({ limit: "100", ...params })}`,
        market.admin
      )
      expect(res.status).toBe(200)
      return res.data.messages as Row[]
    }
    /** Waits until exactly `count` messages match, then returns them. */
    const expectMessages = async (
      params: Record<string, string>,
      count: number
    ) => {
      let found: Row[] = []
      await waitFor(
        async () => {
          found = await messages(params)
          return (
            found.length === count && found.every((m) => m.status !== "pending")
          )
        },
        {
          timeoutMs: 20_000,
          what: `${count} message(s) ${JSON.stringify(params)}`,
        }
      ).catch((e) => {
        throw new Error(`${e.message}; found ${found.length}`)
      })
      return found
    }
    /** Lets subscribers of a change finish before asserting that nothing more came. */
    const settle = (ms = 1_500) => new Promise((r) => setTimeout(r, ms))

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
          variants: [
            { sku: "SPT-1", price: 450_000, stock: 50 },
            { sku: "SPT-LOW", price: 100_000, stock: 12 },
          ],
        },
      ])
      shopper = await signUpCustomer(api, market.publishable_key, SHOPPER)
    })

    it("a 2-seller checkout e-mails the shopper once and each seller its own order", async () => {
      const [batik, sepatu] = market.sellers
      const group = await placeOrder(
        api,
        getContainer(),
        market,
        [
          { variant_id: batik.variants[0].id, quantity: 2 },
          { variant_id: sepatu.variants[0].id, quantity: 1 },
        ],
        { token: shopper.token, email: SHOPPER }
      )
      const batikOrder = group.orderOf(batik)
      const sepatuOrder = group.orderOf(sepatu)

      const [toShopper] = await expectMessages(
        { template: NotificationTemplates.ORDER_PLACED_SHOPPER },
        1
      )
      expect(toShopper).toMatchObject({
        to: SHOPPER,
        locale: "id",
        status: "sent",
        attempts: 1,
        resource_id: group.id,
      })
      expect(toShopper.subject).toMatch(/^Pesanan #\d+ diterima — 2 penjual$/)
      for (const [order, name] of [
        [batikOrder, "Toko batik"],
        [sepatuOrder, "Toko sepatu"],
      ] as const) {
        expect(toShopper.html).toContain(`#${order.display_id}`)
        expect(toShopper.html).toContain(name)
        expect(toShopper.text).toContain(`#${order.display_id}`)
      }
      expect(toShopper.html).toContain("Rp 310.000") // 2 × 150.000 + 10.000 shipping
      expect(toShopper.html).toContain("Rp 470.000") // 450.000 + 20.000
      expect(toShopper.html).toContain("Rp 780.000")

      const toSellers = await expectMessages(
        { template: NotificationTemplates.ORDER_PLACED_SELLER },
        2
      )
      const byTo = new Map(toSellers.map((m) => [m.to, m]))
      const toBatik = byTo.get("batik@example.com")!
      const toSepatu = byTo.get("sepatu@example.com")!
      expect(toBatik.subject).toBe(
        `Pesanan baru #${batikOrder.display_id} untuk Toko batik`
      )
      expect(toBatik.html).toContain(`#${batikOrder.display_id}`)
      // The text names order numbers only (the HTML also holds CSS colours like #222).
      expect(toBatik.text).toMatch(orderNumber(batikOrder.display_id))
      expect(toBatik.text).not.toMatch(orderNumber(sepatuOrder.display_id))
      expect(toBatik.html).not.toContain("SPT-1")
      expect(toSepatu.subject).toBe(
        `Pesanan baru #${sepatuOrder.display_id} untuk Toko sepatu`
      )
      expect(toSepatu.text).toMatch(orderNumber(sepatuOrder.display_id))
      expect(toSepatu.text).not.toMatch(orderNumber(batikOrder.display_id))
      expect(toSepatu.html).not.toContain("BTK-1")

      // Medusa's notification rows: one per message, through the local provider.
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({
          idempotency_key: [...toSellers, toShopper].map(
            (m) => `${m.idempotency_key}:1`
          ),
        } as never)
      expect(notifications).toHaveLength(3)
      expect(
        notifications.every(
          (n) => n.channel === "email" && n.provider_id === "local"
        )
      ).toBe(true)
      const shopperNotification = notifications.find((n) => n.to === SHOPPER)!
      expect(shopperNotification.id).toBe(toShopper.notification_id)

      // A redelivered event sends nothing again.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({
          name: "order_group.created",
          data: { id: group.id, order_ids: [batikOrder.id, sepatuOrder.id] },
        })
      await settle()
      expect(
        await messages({ template: NotificationTemplates.ORDER_PLACED_SHOPPER })
      ).toHaveLength(1)
      expect(
        await messages({ template: NotificationTemplates.ORDER_PLACED_SELLER })
      ).toHaveLength(2)
    })

    it("seller order status changes e-mail the shopper in its locale, the shipment with its tracking number", async () => {
      const [batik] = market.sellers
      // The shopper reads English (customer metadata `locale`).
      const me = await api.post(
        "/store/customers/me",
        { metadata: { locale: "en" } },
        shopper.headers
      )
      expect(me.status).toBe(200)
      const group = await placeOrder(
        api,
        getContainer(),
        market,
        [{ variant_id: batik.variants[0].id, quantity: 1 }],
        { token: shopper.token, email: SHOPPER }
      )
      const order = group.orderOf(batik)
      const template = NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER

      expect((await vendorAction(api, batik, order.id, "accept")).status).toBe(
        200
      )
      const [accepted] = await expectMessages({ template }, 1)
      expect(accepted).toMatchObject({ locale: "en", to: SHOPPER })
      expect(accepted.subject).toBe(
        `Order #${order.display_id} is being processed`
      )

      const shipped = await vendorAction(api, batik, order.id, "ship", {
        tracking_number: "JNE<123>",
      })
      expect(shipped.status).toBe(200)
      const found = await expectMessages({ template }, 2)
      const ship = found.find((m) => m.data.status === "shipped")!
      expect(ship).toMatchObject({ to: SHOPPER, status: "sent" })
      expect(ship.subject).toBe(`Order #${order.display_id} has shipped`)
      expect(ship.html).toContain("Tracking number: JNE&lt;123&gt;")
      expect(ship.html).not.toContain("JNE<123>")
      expect(ship.text).toContain("Tracking number: JNE<123>")
      expect(ship.html).toContain("Toko batik")
    })

    it("a fall below the low-stock threshold alerts the seller once per crossing", async () => {
      const sepatu = market.sellers[1]
      const low = sepatu.variants[1] // stock 12
      const template = NotificationTemplates.LOW_STOCK_SELLER
      const recovered = () =>
        waitFor(
          async () => {
            const [state] = await (
              getContainer().resolve("marketplace_message") as Row
            ).listLowStockAlerts({ inventory_item_id: low.inventory_item_id })
            return state?.is_low === false
          },
          { timeoutMs: 20_000, what: "the level to be out of low stock" }
        )
      const buy = (quantity: number) =>
        placeOrder(
          api,
          getContainer(),
          market,
          [{ variant_id: low.id, quantity }],
          { token: shopper.token, email: SHOPPER }
        )

      await buy(3) // 12 → 9 available: crosses below 10
      const [alert] = await expectMessages({ template }, 1)
      expect(alert).toMatchObject({
        to: "sepatu@example.com",
        status: "sent",
      })
      expect(alert.subject).toBe("Stok menipis: Produk sepatu — SPT-LOW")
      expect(alert.html).toContain("tinggal 9 unit")

      await buy(1) // 9 → 8: still low, no new alert
      await settle()
      expect(await messages({ template })).toHaveLength(1)

      // Restock to 30 stocked (26 available), then fall below again: one more.
      const restock = await api.post(
        "/vendor/inventory/batch",
        {
          updates: [
            { inventory_item_id: low.inventory_item_id, stocked_quantity: 30 },
          ],
        },
        sepatu.headers
      )
      expect(restock.status).toBe(200)
      await recovered()
      await buy(17) // 26 → 9
      const again = await expectMessages({ template }, 2)
      expect(again.map((m) => m.idempotency_key).sort()).toEqual([
        `low-stock:${low.inventory_item_id}:${sepatu.location_id}:1`,
        `low-stock:${low.inventory_item_id}:${sepatu.location_id}:2`,
      ])

      // Concurrent stock changes claim a crossing once: restock, then drop the
      // level and evaluate it three times at once (the event's run and two more).
      await api.post(
        "/vendor/inventory/batch",
        {
          updates: [
            { inventory_item_id: low.inventory_item_id, stocked_quantity: 40 },
          ],
        },
        sepatu.headers
      )
      await recovered()
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: low.inventory_item_id,
        location_id: sepatu.location_id,
      })
      await inventory.updateInventoryLevels([
        {
          inventory_item_id: low.inventory_item_id,
          location_id: sepatu.location_id,
          stocked_quantity: Number(level.reserved_quantity) + 5,
        },
      ])
      await Promise.all(
        [1, 2].map(() =>
          notifyLowStockWorkflow(getContainer()).run({
            input: { inventory_level_ids: [level.id] },
          })
        )
      )
      await expectMessages({ template }, 3)
      await settle()
      expect(await messages({ template })).toHaveLength(3)
    })

    it("approving a seller e-mails it once; suspending sends another", async () => {
      const [batik] = market.sellers
      const template = NotificationTemplates.SELLER_STATUS_SELLER
      // createMarket approved both sellers.
      const [approved] = await expectMessages(
        { template, to: "batik@example.com" },
        1
      )
      expect(approved).toMatchObject({ status: "sent", locale: "id" })
      expect(approved.subject).toBe("Toko Toko batik telah disetujui")
      // Keyed by the change (the approving workflow's event group): a
      // redelivered event sends nothing.
      const eventGroupId = approved.idempotency_key.split(":").pop()
      expect(eventGroupId).toBeTruthy()
      expect(eventGroupId).not.toMatch(/^\d+$/) // not the updated_at fallback
      const delivered = recordEvents(getContainer(), ["seller.status_changed"])
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      await bus.emit({
        name: "seller.status_changed",
        data: { id: batik.id, from: "pending", to: "active" },
        metadata: { eventGroupId },
      })
      await bus.releaseGroupedEvents(eventGroupId!)
      await waitFor(async () => delivered.length === 1, {
        what: "the redelivered event",
      })
      await settle()
      expect(
        await messages({ template, to: "batik@example.com" })
      ).toHaveLength(1)

      const suspended = await api.post(
        `/admin/sellers/${batik.id}/suspend`,
        {},
        market.admin
      )
      expect(suspended.status).toBe(200)
      const both = await expectMessages(
        { template, to: "batik@example.com" },
        2
      )
      expect(both.map((m) => m.data.status).sort()).toEqual([
        "active",
        "suspended",
      ])
      expect(
        await messages({ template, to: "sepatu@example.com" })
      ).toHaveLength(1)
    })
  },
})
