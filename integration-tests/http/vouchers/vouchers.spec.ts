import { medusaIntegrationTestRunner } from "../../helpers/runner"
import {
  ContainerRegistrationKeys,
  Modules,
  PaymentEvents,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  createProductsWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  startFakeRouterOS,
  startFakeWhatsApp,
  type FakeRouterOS,
  type FakeWhatsApp,
} from "@belanjain/vouchers/testing"
import {
  startFakeMidtrans,
  type FakeMidtrans,
} from "@belanjain/payment-midtrans/testing"
import { signUpCustomer } from "../../helpers/actors"
import {
  createMarket,
  type Market,
  prepareCart,
  storefrontSdk,
} from "../../helpers/checkout"
import { defaultSalesChannelId } from "../../helpers/inventory"
import { paymentOf, placeOrder } from "../../helpers/orders"
import { waitFor } from "../../helpers/payments"

jest.setTimeout(300_000)

type Row = Record<string, any>

const ROUTER_PASSWORD = "rahasia-router-Zq81"
const MIDTRANS_KEY = "SB-Mid-server-vouchers-test"
const PHONE = "0812000000" // the checkout helper's address phone
const WA_PHONE = "62812000000"

// Fakes start before Medusa boots; their addresses reach medusa-config
// through process.env (see the payments specs for why it is set here).
const env: Record<string, string> = {
  VOUCHERS_CREDENTIALS_SECRET: "vouchers-test-secret-0123456789",
  VOUCHERS_ROUTER_BACKOFF_MS: "20",
  VOUCHERS_DELIVERY_BACKOFF_MS: "20",
  WHATSAPP_TRANSPORT: "cloud",
  MIDTRANS_SERVER_KEY: MIDTRANS_KEY,
  MIDTRANS_CLIENT_KEY: "SB-Mid-client-vouchers-test",
}
let router: FakeRouterOS
let whatsapp: FakeWhatsApp
let midtrans: FakeMidtrans
beforeAll(async () => {
  router = await startFakeRouterOS({
    username: "admin",
    password: ROUTER_PASSWORD,
  })
  whatsapp = await startFakeWhatsApp()
  midtrans = await startFakeMidtrans({ serverKey: MIDTRANS_KEY })
  Object.assign(env, {
    WHATSAPP_ACCESS_TOKEN: whatsapp.accessToken,
    WHATSAPP_PHONE_NUMBER_ID: whatsapp.phoneNumberId,
    WHATSAPP_BASE_URL: whatsapp.cloudBaseUrl,
    MIDTRANS_BASE_URL: midtrans.url,
  })
  Object.assign(process.env, env)
})
afterAll(async () => {
  await Promise.all([router?.close(), whatsapp?.close(), midtrans?.close()])
})

medusaIntegrationTestRunner({
  env,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let market: Market
    let admin: { headers: Record<string, string> }
    let routerId: string
    let packageId: string
    let voucherVariant: string

    beforeEach(async () => {
      router.reset()
      whatsapp.reset()
      market = await createMarket(getContainer(), api, [
        {
          handle: "wifi",
          variants: [{ sku: "KOPI-1", price: 20_000, stock: 10 }],
        },
      ])
      admin = market.admin
      voucherVariant = await digitalProduct(market.sellers[0].id)
      const created = await api.post(
        "/admin/vouchers/routers",
        {
          name: "Warung router",
          host: "127.0.0.1",
          port: router.restPort,
          api_kind: "rest",
          username: "admin",
          password: ROUTER_PASSWORD,
        },
        admin
      )
      expect(created.status).toBe(201)
      routerId = created.data.router.id
      const pkg = await api.post(
        "/admin/vouchers/packages",
        {
          name: "5K 1 hari",
          variant_id: voucherVariant,
          router_id: routerId,
          hotspot_profile: "harian",
          uptime_limit: "1d",
          validity_hours: 24,
          code_length: 8,
        },
        admin
      )
      expect(pkg.status).toBe(201)
      packageId = pkg.data.package.id
    })

    const vouchers = () => getContainer().resolve("vouchers") as Row

    /**
     * A voucher product as the seed makes them: digital (no stock kept, no
     * shipping profile, so the cart needs no shipping method), sold by the
     * seller, in the store's channel. Returns its variant id.
     */
    async function digitalProduct(sellerId: string) {
      const container = getContainer()
      const {
        result: [product],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Voucher WiFi 5K",
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: await defaultSalesChannelId(container) }],
              options: [{ title: "Paket", values: ["5K"] }],
              variants: [
                {
                  title: "5K",
                  sku: "WIFI-5K",
                  options: { Paket: "5K" },
                  manage_inventory: false,
                  prices: [{ currency_code: "idr", amount: 5_000 }],
                },
              ],
            },
          ],
        },
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        seller: { seller_id: sellerId },
        [Modules.PRODUCT]: { product_id: product.id },
      })
      return product.variants[0].id as string
    }

    async function purchasesOf(orderId: string) {
      return (await vouchers().listVoucherPurchases(
        { order_id: orderId },
        { relations: ["vouchers", "deliveries"] }
      )) as Row[]
    }

    async function buy(quantity: number, token?: string) {
      const group = await placeOrder(
        api,
        getContainer(),
        market,
        [{ variant_id: voucherVariant, quantity }],
        { token }
      )
      const order = group.orders[0]
      // order.placed records the purchase, pending until capture.
      const [purchase] = await waitFor(
        async () => {
          const rows = await purchasesOf(order.id)
          return rows.length ? rows : null
        },
        { what: "the purchase record" }
      )
      return { group, order, purchase }
    }

    async function capture(paymentCollectionId: string) {
      const collection = await paymentOf(getContainer(), paymentCollectionId)
      await capturePaymentWorkflow(getContainer()).run({
        input: { payment_id: collection.payments[0].id },
      })
      return collection.payments[0].id as string
    }

    const settled = (orderId: string, status: string, deliveries = 0) =>
      waitFor(
        async () => {
          const [p] = await purchasesOf(orderId)
          return p?.status === status &&
            (p.deliveries ?? []).filter((d: Row) => d.channel === "whatsapp")
              .length >= deliveries
            ? p
            : null
        },
        { what: `purchase ${status}` }
      )

    const routerUsers = () => [...router.users.values()]

    it("creates the hotspot users only after capture, sends one WhatsApp message, and shows the codes to their buyer only", async () => {
      const shopper = await signUpCustomer(api, market.publishable_key)
      const other = await signUpCustomer(
        api,
        market.publishable_key,
        "lain@example.com"
      )
      const { group, order, purchase } = await buy(2, shopper.token)
      expect(purchase).toMatchObject({
        status: "pending",
        quantity: 2,
        phone: PHONE,
        payment_collection_id: group.payment_collection_id,
      })
      // Paid is not captured: nothing on the router, no code for the buyer.
      const before = await api.get(
        `/store/orders/${order.id}/vouchers`,
        shopper.headers
      )
      expect(before.data.purchases[0]).toMatchObject({
        status: "pending",
        vouchers: [],
      })
      expect(router.users.size).toBe(0)
      expect(router.requests).toHaveLength(0)

      await capture(group.payment_collection_id)
      const done = await settled(order.id, "completed", 1)

      const users = routerUsers()
      expect(users).toHaveLength(2)
      const codes = (done.vouchers as Row[]).map((v) => v.username).sort()
      expect(users.map((u) => u.name).sort()).toEqual(codes)
      expect(new Set(codes).size).toBe(2)
      for (const user of users) {
        expect(user).toMatchObject({ profile: "harian", "limit-uptime": "1d" })
        expect(user.password).toBe(user.name) // username = password by default
        expect(user.comment).toContain(order.id)
      }
      expect(done.vouchers.every((v: Row) => v.status === "active")).toBe(true)
      expect(done.vouchers[0].expires_at).not.toBeNull()

      // One WhatsApp message, logged as sent with the provider's id.
      expect(whatsapp.messages).toHaveLength(1)
      const [message] = whatsapp.messages
      expect(message.to).toBe(WA_PHONE)
      for (const code of codes) expect(message.text).toContain(code)
      const wa = (done.deliveries as Row[]).filter(
        (d) => d.channel === "whatsapp"
      )
      expect(wa).toEqual([
        expect.objectContaining({
          status: "sent",
          attempt: 1,
          round: "initial",
          provider_response_id: message.id,
        }),
      ])

      // The buyer reads the codes; another shopper gets 404, a guest 401.
      const mine = await api.get(
        `/store/orders/${order.id}/vouchers`,
        shopper.headers
      )
      expect(mine.status).toBe(200)
      expect(
        mine.data.purchases[0].vouchers.map((v: Row) => v.code).sort()
      ).toEqual(codes)
      const foreign = await api
        .get(`/store/orders/${order.id}/vouchers`, other.headers)
        .catch((e: any) => e.response)
      expect(foreign.status).toBe(404)
      expect(JSON.stringify(foreign.data)).not.toContain(codes[0])
      const guest = await api
        .get(`/store/orders/${order.id}/vouchers`, {
          headers: { "x-publishable-api-key": market.publishable_key },
        })
        .catch((e: any) => e.response)
      expect(guest.status).toBe(401)

      // Operators see the purchase, its vouchers and the delivery log.
      const detail = await api.get(
        `/admin/vouchers/purchases/${purchase.id}`,
        admin
      )
      expect(detail.data.purchase.vouchers).toHaveLength(2)
      expect(detail.data.purchase.deliveries.length).toBeGreaterThanOrEqual(1)
      const dashboard = await api.get("/admin/vouchers/dashboard", admin)
      expect(dashboard.data.purchases.completed).toBe(1)
      expect(dashboard.data.vouchers_sold).toBe(2)
      expect(dashboard.data.delivery.success_rate).toBe(1)
      expect(dashboard.data.revenue_by_package).toEqual([
        expect.objectContaining({
          package_id: packageId,
          vouchers: 2,
          revenue: 10_000,
        }),
      ])

      // Validity over: the expiry removes the users from the router (our
      // side, not RouterOS scripts) and the buyer sees them expired.
      await vouchers().updateVouchers(
        done.vouchers.map((v: Row) => ({
          id: v.id,
          expires_at: new Date(Date.now() - 60_000),
        }))
      )
      const expired = await api.post(
        "/admin/vouchers/cleanup/expired",
        {},
        admin
      )
      expect(expired.data.expired.sort()).toEqual(
        done.vouchers.map((v: Row) => v.id).sort()
      )
      expect(router.users.size).toBe(0)
      const after = await api.get(
        `/store/orders/${order.id}/vouchers`,
        shopper.headers
      )
      expect(
        after.data.purchases[0].vouchers.map((v: Row) => v.status)
      ).toEqual(["expired", "expired"])
    })

    it("yields the vouchers once when payment.captured is delivered 5 times", async () => {
      const { group, order } = await buy(2)
      const paymentId = (
        await paymentOf(getContainer(), group.payment_collection_id)
      ).payments[0].id
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      let delivered = 0
      bus.subscribe(
        PaymentEvents.CAPTURED,
        async () => {
          delivered++
        },
        { subscriberId: `test-captured-counter-${Date.now()}` }
      )
      // The real capture (one event) and four duplicates, at the same time.
      await Promise.all([
        capture(group.payment_collection_id),
        ...Array.from({ length: 4 }, () =>
          bus.emit({ name: PaymentEvents.CAPTURED, data: { id: paymentId } })
        ),
      ])
      await settled(order.id, "completed", 1)
      await waitFor(async () => delivered >= 5, { what: "5 deliveries" })
      // Every run of the subscriber waits for the purchase's lock: let the
      // last ones finish, then nothing more may have happened.
      const locking = getContainer().resolve(Modules.LOCKING)
      const [p] = await purchasesOf(order.id)
      await locking.execute(`vouchers:purchase:${p.id}`, async () => undefined)
      await locking.execute(`vouchers:delivery:${p.id}`, async () => undefined)

      expect(routerUsers()).toHaveLength(2)
      expect(router.requests.filter((r) => r.method === "PUT")).toHaveLength(2)
      expect(whatsapp.messages).toHaveLength(1)
      const [final] = await purchasesOf(order.id)
      expect(final.vouchers).toHaveLength(2)
      expect(final.generation_attempts).toBe(1)
    })

    it("retries a router that is down: success on the third attempt; down for good → voucher_generation_failed, then regenerate; never a duplicate", async () => {
      // Down for the first two attempts (each starts with a look-up by name).
      const first = await buy(1)
      router.failNext(2, "down")
      await capture(first.group.payment_collection_id)
      const ok = await settled(first.order.id, "completed")
      expect(routerUsers()).toHaveLength(1)
      expect(routerUsers()[0].name).toBe(ok.vouchers[0].username)

      // Down for every attempt.
      const second = await buy(1)
      router.setDown(true)
      await capture(second.group.payment_collection_id)
      const failed = await settled(second.order.id, "voucher_generation_failed")
      expect(failed.failure_reason).toMatch(/unreachable|closed|socket|ECONN/i)
      expect(failed.paid_at).not.toBeNull()
      expect(routerUsers()).toHaveLength(1)
      // The code is reserved, not yet on the router.
      expect(failed.vouchers).toEqual([
        expect.objectContaining({ status: "pending" }),
      ])
      const listed = await api.get(
        "/admin/vouchers/purchases?status=voucher_generation_failed",
        admin
      )
      expect(listed.data.purchases.map((p: Row) => p.id)).toEqual([failed.id])

      // The router is back: regenerate creates the same code, once.
      router.setDown(false)
      const regenerated = await api.post(
        `/admin/vouchers/purchases/${failed.id}/regenerate`,
        {},
        admin
      )
      expect(regenerated.status).toBe(200)
      expect(regenerated.data.outcome.result).toBe("completed")
      expect(regenerated.data.purchase.status).toBe("completed")
      expect(routerUsers()).toHaveLength(2)
      expect(routerUsers().map((u) => u.name)).toContain(
        failed.vouchers[0].username
      )
      // The audit log names the operator and the status change.
      const me = (await api.get("/admin/users/me", admin)).data.user
      const audited = await waitFor(
        async () =>
          (
            await api.get(
              `/admin/audit-entries?entity_id=${failed.id}&action=voucher_purchase.regenerated`,
              admin
            )
          ).data.audit_entries[0],
        { timeoutMs: 20_000, what: "the regenerate's audit entry" }
      )
      expect(audited).toMatchObject({
        actor_type: "user",
        actor_id: me.id,
        entity_type: "voucher_purchase",
        changes: {
          status: { from: "voucher_generation_failed", to: "completed" },
        },
        metadata: { result: "completed" },
      })
      // A second regenerate is refused: the purchase is completed.
      const again = await api
        .post(`/admin/vouchers/purchases/${failed.id}/regenerate`, {}, admin)
        .catch((e: any) => e.response)
      expect(again.status).toBe(400)
      expect(routerUsers()).toHaveLength(2)
      await settled(second.order.id, "completed", 1)
      expect(whatsapp.messages).toHaveLength(2)
    })

    it("bulk regenerate serves every failed purchase once the router is back", async () => {
      router.setDown(true)
      const bought = [await buy(1), await buy(2)]
      for (const b of bought) await capture(b.group.payment_collection_id)
      for (const b of bought)
        await settled(b.order.id, "voucher_generation_failed")
      expect(router.users.size).toBe(0)

      const refused = await api
        .post("/admin/vouchers/purchases/regenerate", {}, admin)
        .catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/ids/)

      router.setDown(false)
      const res = await api.post(
        "/admin/vouchers/purchases/regenerate",
        { all_failed: true },
        admin
      )
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ completed: 2, failed: 0, not_found: [] })
      for (const b of bought) await settled(b.order.id, "completed")
      // 1 + 2 vouchers, each created once.
      expect(routerUsers()).toHaveLength(3)
      expect(router.requests.filter((r) => r.method === "PUT")).toHaveLength(3)
      // Nothing left to regenerate.
      const again = await api.post(
        "/admin/vouchers/purchases/regenerate",
        { all_failed: true },
        admin
      )
      expect(again.data).toMatchObject({ completed: 0, outcomes: [] })
      expect(routerUsers()).toHaveLength(3)
    })

    it("a payment that expires leaves no router user and fails the purchase", async () => {
      await updateRegionsWorkflow(getContainer()).run({
        input: {
          selector: { id: market.region_id },
          update: {
            payment_providers: ["pp_system_default", "pp_midtrans_midtrans"],
          },
        },
      })
      const sdk = storefrontSdk(api, market.publishable_key)
      const cart = await prepareCart(
        sdk,
        market,
        [{ variant_id: voucherVariant, quantity: 2 }],
        "budi@example.com",
        "pp_midtrans_midtrans"
      )
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [row],
      } = await query.graph({
        entity: "cart",
        fields: ["payment_collection.payment_sessions.id"],
        filters: { id: cart.id },
      })
      const sessionId = (row as Row).payment_collection.payment_sessions[0].id
      // A virtual account: the storefront completes while the payment is pending.
      midtrans.setStatus(sessionId, "pending", {
        payment_type: "bank_transfer",
      })
      const completed = await sdk.store.cart.complete(cart.id)
      expect(completed.type).toBe("order")
      const orderId = (completed as Row).order.id
      await waitFor(async () => (await purchasesOf(orderId)).length > 0, {
        what: "the purchase record",
      })

      midtrans.setStatus(sessionId, "expire", { payment_type: "bank_transfer" })
      const res = await api.post(
        "/hooks/payment/midtrans_midtrans",
        midtrans.notification(sessionId)
      )
      expect(res.status).toBe(200)
      const failed = await settled(orderId, "failed")
      expect(failed.failure_reason).toMatch(/cancel/i)
      expect(failed.vouchers).toHaveLength(0)
      expect(router.users.size).toBe(0)
      expect(router.requests).toHaveLength(0)
      expect(whatsapp.messages).toHaveLength(0)

      // The operator's clean-up archives failed purchases.
      const cleaned = await api.post(
        "/admin/vouchers/cleanup/failed",
        { older_than_days: 0 },
        admin
      )
      expect(cleaned.data.archived).toEqual([failed.id])
      expect(await purchasesOf(orderId)).toHaveLength(0)
      const listed = await api.get(
        "/admin/vouchers/purchases?status=failed",
        admin
      )
      expect(listed.data.count).toBe(0)
    })

    it("the clean-up fails purchases left unpaid too long, and leaves recent ones pending", async () => {
      const old = await buy(1)
      const recent = await buy(1)
      await dbConnection.raw(
        `update voucher_purchase set created_at = now() - interval '3 hours' where id = ?`,
        [old.purchase.id]
      )
      const cleaned = await api.post(
        "/admin/vouchers/cleanup/failed",
        { older_than_days: 30, abandoned_after_hours: 2 },
        admin
      )
      expect(cleaned.status).toBe(200)
      expect(cleaned.data.failed).toEqual([old.purchase.id])
      expect(cleaned.data.archived).toEqual([])
      const [failed] = await purchasesOf(old.order.id)
      expect(failed).toMatchObject({ status: "failed" })
      expect(failed.failure_reason).toMatch(/abandoned/)
      const [stillPending] = await purchasesOf(recent.order.id)
      expect(stillPending.status).toBe("pending")
      // The recent one is still served when its payment is captured.
      await capture(recent.group.payment_collection_id)
      await settled(recent.order.id, "completed", 1)
      expect(routerUsers()).toHaveLength(1)
    })

    it("logs a failed WhatsApp delivery with its retries, and retry-delivery resends and logs", async () => {
      const { group, order } = await buy(1)
      whatsapp.failNext(3, "error")
      await capture(group.payment_collection_id)
      const done = await settled(order.id, "completed", 3)
      const attempts = (done.deliveries as Row[])
        .filter((d) => d.channel === "whatsapp")
        .sort((a, b) => a.attempt - b.attempt)
      expect(attempts.map((d) => [d.attempt, d.status])).toEqual([
        [1, "failed"],
        [2, "failed"],
        [3, "failed"],
      ])
      expect(attempts[0].error_message).toMatch(/500|error/i)
      expect(whatsapp.messages).toHaveLength(0)
      expect(
        whatsapp.requests.filter((r) => r.transport === "cloud")
      ).toHaveLength(3)

      const resent = await api.post(
        `/admin/vouchers/purchases/${done.id}/retry-delivery`,
        {},
        admin
      )
      expect(resent.status).toBe(200)
      expect(resent.data.delivery.channels.whatsapp).toBe("sent")
      expect(whatsapp.messages).toHaveLength(1)
      expect(whatsapp.messages[0].text).toContain(done.vouchers[0].username)
      const log = (resent.data.purchase.deliveries as Row[]).filter(
        (d) => d.channel === "whatsapp"
      )
      expect(log.map((d) => d.status)).toEqual([
        "failed",
        "failed",
        "failed",
        "sent",
      ])
      expect(log[3].provider_response_id).toBe(whatsapp.messages[0].id)
      expect(log[3].round).toMatch(/^retry-/)
    })

    it("never returns router credentials, refuses bad input naming the field, and answers 404 for unknown ids", async () => {
      const responses: unknown[] = []
      const get = async (url: string) => {
        const res = await api.get(url, admin)
        responses.push(res.data)
        return res
      }
      const list = await get("/admin/vouchers/routers")
      expect(list.data.routers).toEqual([
        expect.objectContaining({ id: routerId, password_source: "stored" }),
      ])
      await get(`/admin/vouchers/routers/${routerId}`)
      await get("/admin/vouchers/packages")
      await get(`/admin/vouchers/packages/${packageId}`)
      const updated = await api.post(
        `/admin/vouchers/routers/${routerId}`,
        { password: "baru-Zq81-rahasia" },
        admin
      )
      responses.push(updated.data)
      const tested = await api.post(
        `/admin/vouchers/routers/${routerId}/ping`,
        {},
        admin
      )
      responses.push(tested.data)
      const text = JSON.stringify(responses)
      for (const secret of [ROUTER_PASSWORD, "baru-Zq81-rahasia"]) {
        expect(text).not.toContain(secret)
      }
      expect(text).not.toContain("password_encrypted")
      // The stored password is encrypted at rest.
      const [stored] = await vouchers().listVoucherRouters({ id: routerId })
      expect(stored.password_encrypted).toMatch(/^v1:/)
      expect(stored.password_encrypted).not.toContain("baru")
      // The new password is the one the router now gets (the fake still wants the old).
      expect(tested.data.ok).toBe(false)
      expect(tested.data.error).toMatch(/auth|401|unauthori/i)

      const bad = async (url: string, body: unknown) =>
        (await api.post(url, body, admin).catch((e: any) => e.response)) as Row
      const noSecret = await bad("/admin/vouchers/routers", {
        name: "x",
        host: "10.0.0.1",
        username: "admin",
      })
      expect(noSecret.status).toBe(400)
      expect(noSecret.data.message).toMatch(/password/)
      const badHost = await bad("/admin/vouchers/routers", {
        name: "x",
        host: "http://10.0.0.1/rest",
        username: "admin",
        password: "p",
      })
      expect(badHost.status).toBe(400)
      expect(badHost.data.message).toMatch(/host/)
      const badUptime = await bad("/admin/vouchers/packages", {
        name: "y",
        variant_id: voucherVariant,
        router_id: routerId,
        validity_hours: 24,
        uptime_limit: "sehari",
      })
      expect(badUptime.status).toBe(400)
      expect(badUptime.data.message).toMatch(/uptime_limit/)
      const takenVariant = await bad("/admin/vouchers/packages", {
        name: "y",
        variant_id: voucherVariant,
        router_id: routerId,
        validity_hours: 24,
      })
      expect(takenVariant.status).toBe(400)
      expect(takenVariant.data.message).toMatch(/variant_id/)
      const unknownRouter = await bad(`/admin/vouchers/packages/${packageId}`, {
        router_id: "vrtr_missing",
      })
      expect(unknownRouter.status).toBe(400)
      expect(unknownRouter.data.message).toMatch(/router_id/)
      expect(await vouchers().listVoucherPackages({})).toHaveLength(1)
      expect(await vouchers().listVoucherRouters({})).toHaveLength(1)

      for (const url of [
        "/admin/vouchers/purchases/vpur_missing",
        "/admin/vouchers/routers/vrtr_missing",
        "/admin/vouchers/packages/vpkg_missing",
      ]) {
        const res = await api.get(url, admin).catch((e: any) => e.response)
        expect(res.status).toBe(404)
      }
      const inUse = await api
        .delete(`/admin/vouchers/routers/${routerId}`, admin)
        .catch((e: any) => e.response)
      expect(inUse.status).toBe(400)
      expect(await vouchers().listVoucherRouters({})).toHaveLength(1)
    })
  },
})
