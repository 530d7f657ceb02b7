import crypto from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { NotificationTemplates } from "@belanjain/marketplace/workflows"
import { call, type Shopper, signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import { eventsSettled } from "../../helpers/events"
import {
  placeOrder,
  type PlacedOrder,
  vendorAction,
} from "../../helpers/orders"
import { waitFor } from "../../helpers/payments"

jest.setTimeout(600_000)

type Row = Record<string, any>

const b64url = (buf: Buffer) => buf.toString("base64url")

/** The server's VAPID key pair, as `web-push generate-vapid-keys` makes it. */
const vapid = (() => {
  const ecdh = crypto.createECDH("prime256v1")
  ecdh.generateKeys()
  return {
    publicKey: b64url(ecdh.getPublicKey()),
    privateKey: b64url(ecdh.getPrivateKey()),
  }
})()
const STOREFRONT_URL = "https://toko.belanjain.test"

/** A browser's push subscription: its own P-256 key pair and 16-byte auth secret. */
type Browser = {
  id: string
  ecdh: crypto.ECDH
  authSecret: Buffer
  endpoint: string
  body: { endpoint: string; keys: { p256dh: string; auth: string } }
}

/** A push request the fake push service accepted and decrypted. */
type Received = {
  id: string
  status: number
  ttl: string | undefined
  claims: Row
  payload: Row | null
}

/**
 * A fake push service on 127.0.0.1 that speaks Web Push (RFC 8030): `POST
 * /push/<id>` must carry a valid VAPID header (RFC 8292: `vapid t=<ES256
 * JWT>, k=<the server's public key>`, `aud` the push service's origin, `exp`
 * in the future) and an aes128gcm body (RFC 8291), which it decrypts with
 * the browser's private key and auth secret. It answers 201 with a Location,
 * or what `answers` says for that subscription (410 Gone, 500…).
 */
const pushService = {
  server: http.createServer(),
  origin: "",
  browsers: new Map<string, Browser>(),
  /** Per subscription id: the statuses of its next answers (then 201). */
  answers: new Map<string, number[]>(),
  received: [] as Received[],
  rejected: [] as string[],
}

function verifyVapid(authorization: string | undefined): Row {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(
    authorization ?? ""
  )
  if (!match) throw new Error(`no VAPID authorization: ${authorization}`)
  const [, jwt, k] = match
  if (k !== vapid.publicKey) throw new Error("k is not the configured key")
  const [header, claims, signature] = jwt.split(".")
  const head = JSON.parse(Buffer.from(header, "base64url").toString())
  if (head.alg !== "ES256") throw new Error(`alg ${head.alg}`)
  const point = Buffer.from(k, "base64url")
  const key = crypto.createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: b64url(point.subarray(1, 33)),
      y: b64url(point.subarray(33, 65)),
    },
    format: "jwk",
  })
  const valid = crypto.verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url")
  )
  if (!valid) throw new Error("bad ES256 signature")
  const payload = JSON.parse(Buffer.from(claims, "base64url").toString())
  if (payload.aud !== pushService.origin) {
    throw new Error(`aud ${payload.aud}`)
  }
  const now = Math.floor(Date.now() / 1000)
  if (!(payload.exp > now && payload.exp <= now + 24 * 3600)) {
    throw new Error(`exp ${payload.exp}`)
  }
  return payload
}

const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) =>
  Buffer.from(crypto.hkdfSync("sha256", ikm, salt, info, length))

/** RFC 8291 / RFC 8188 aes128gcm decryption, as a browser does it (one record). */
function decrypt(browser: Browser, body: Buffer): Row {
  const salt = body.subarray(0, 16)
  const idlen = body[20]
  const senderKey = body.subarray(21, 21 + idlen)
  const record = body.subarray(21 + idlen)
  const secret = browser.ecdh.computeSecret(senderKey)
  const keyInfo = Buffer.concat([
    Buffer.from("WebPush: info\0"),
    browser.ecdh.getPublicKey(),
    senderKey,
  ])
  const ikm = hkdf(browser.authSecret, secret, keyInfo, 32)
  const cek = hkdf(salt, ikm, Buffer.from("Content-Encoding: aes128gcm\0"), 16)
  const nonce = hkdf(salt, ikm, Buffer.from("Content-Encoding: nonce\0"), 12)
  const decipher = crypto.createDecipheriv("aes-128-gcm", cek, nonce)
  decipher.setAuthTag(record.subarray(record.length - 16))
  const plain = Buffer.concat([
    decipher.update(record.subarray(0, record.length - 16)),
    decipher.final(),
  ])
  // data ‖ 0x02 (last record) ‖ zero padding
  let end = plain.length - 1
  while (end > 0 && plain[end] === 0) end--
  if (plain[end] !== 2) throw new Error("no last-record delimiter")
  return JSON.parse(plain.subarray(0, end).toString("utf8"))
}

pushService.server.on("request", (req, res) => {
  const chunks: Buffer[] = []
  req.on("data", (c: Buffer) => chunks.push(c))
  req.on("end", () => {
    const id = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1] ?? ""
    const browser = pushService.browsers.get(id)
    try {
      if (req.method !== "POST" || !browser) throw new Error("unknown")
      if (req.headers["content-encoding"] !== "aes128gcm") {
        throw new Error(`encoding ${req.headers["content-encoding"]}`)
      }
      const claims = verifyVapid(req.headers.authorization)
      const payload = decrypt(browser, Buffer.concat(chunks))
      const status = pushService.answers.get(id)?.shift() ?? 201
      pushService.received.push({
        id,
        status,
        ttl: req.headers.ttl as string | undefined,
        claims,
        payload,
      })
      res.statusCode = status
      if (status === 201)
        res.setHeader("location", `/message/${id}-${Date.now()}`)
      res.end()
    } catch (e) {
      pushService.rejected.push(`${id}: ${(e as Error).message}`)
      res.statusCode = 400
      res.end()
    }
  })
})

let browserCount = 0
function newBrowser(): Browser {
  const id = `sub-${++browserCount}`
  const ecdh = crypto.createECDH("prime256v1")
  ecdh.generateKeys()
  const authSecret = crypto.randomBytes(16)
  const endpoint = `${pushService.origin}/push/${id}`
  const browser: Browser = {
    id,
    ecdh,
    authSecret,
    endpoint,
    body: {
      endpoint,
      keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(authSecret) },
    },
  }
  pushService.browsers.set(id, browser)
  return browser
}

const ENV = {
  WEB_PUSH_VAPID_PUBLIC_KEY: vapid.publicKey,
  WEB_PUSH_VAPID_PRIVATE_KEY: vapid.privateKey,
  STOREFRONT_URL,
  MARKETPLACE_EMAIL_BACKOFF_MS: "50",
  // The fake push service is plain http on 127.0.0.1; deployments are https: only.
  WEB_PUSH_ALLOW_HTTP_ENDPOINTS: "true",
}

// medusa-config.ts reads these when the runner boots (its beforeAll runs after this one).
beforeAll(async () => {
  await new Promise<void>((resolve) =>
    pushService.server.listen(0, "127.0.0.1", resolve)
  )
  const { port } = pushService.server.address() as AddressInfo
  pushService.origin = `http://127.0.0.1:${port}`
  Object.assign(process.env, ENV)
})
afterAll(async () => {
  for (const name of Object.keys(ENV)) delete process.env[name]
  await new Promise((resolve) => pushService.server.close(resolve))
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, utils }) => {
    let market: Market
    let shopper: Shopper
    let other: Shopper
    let shopperId: string
    let otherId: string
    /** The shopper's order, pending: every test starts from it (the runner restores the snapshot). */
    let placed: PlacedOrder

    // Seeded once: the runner snapshots the database after this and restores it before each test.
    beforeAll(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "kopi",
          variants: [{ sku: "KOP-1", price: 60_000, stock: 50 }],
        },
      ])
      shopper = await signUpCustomer(api, market.publishable_key, "budi@x.id")
      other = await signUpCustomer(api, market.publishable_key, "sari@x.id")
      const me = async (who: Shopper) =>
        (await api.get("/store/customers/me", who.headers)).data.customer.id
      shopperId = await me(shopper)
      otherId = await me(other)
      const group = await placeOrder(
        api,
        getContainer(),
        market,
        [{ variant_id: market.sellers[0].variants[0].id, quantity: 1 }],
        { token: shopper.token, email: "budi@x.id" }
      )
      placed = group.orderOf(market.sellers[0])
      // The checkout's e-mails are written before the snapshot is taken.
      await eventsSettled(getContainer())
      await utils.waitWorkflowExecutions()
    })
    beforeEach(() => {
      pushService.received.length = 0
      pushService.rejected.length = 0
      pushService.answers.clear()
    })

    const axios = api as unknown as {
      delete: (url: string, config: unknown) => Promise<Row>
    }
    const subscribe = (who: Shopper | null, body: unknown) =>
      call(
        api.post(
          "/store/push-subscriptions",
          body,
          who ? who.headers : { headers: market.store.headers }
        )
      )
    const unsubscribe = (who: Shopper | null, body: unknown) =>
      call(
        axios.delete("/store/push-subscriptions", {
          ...(who ? who.headers : { headers: market.store.headers }),
          data: body,
        }) as Promise<{ status: number; data: any }>
      )
    const rows = async (filters: Row = {}) =>
      (await getContainer()
        .resolve<Row>("push_subscription")
        .listPushSubscriptions(filters)) as Row[]
    const pushNotifications = async (orderId: string) =>
      (await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications(
          { channel: "push", resource_id: orderId },
          { order: { created_at: "ASC" } }
        )) as Row[]

    const received = (what: string, check: (r: Received[]) => boolean) =>
      waitFor(async () => check(pushService.received), {
        timeoutMs: 20_000,
        what,
      }).catch((e) => {
        throw new Error(
          `${e.message}; received ${JSON.stringify(pushService.received.map((r) => [r.id, r.status, r.payload?.status]))}, rejected ${JSON.stringify(pushService.rejected)}`
        )
      })
    /** The shopper's e-mail of this status is out: the same workflow's push step has run too once events settle. */
    const statusHandled = async (orderId: string, count: number) => {
      await waitFor(
        async () => {
          const sent = (await getContainer()
            .resolve<Row>("marketplace_message")
            .listMarketplaceMessages({
              template: NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER,
              resource_id: orderId,
              status: "sent",
            })) as Row[]
          return sent.length >= count
        },
        { timeoutMs: 20_000, what: `${count} status e-mail(s)` }
      )
      await eventsSettled(getContainer())
    }

    /** medusa-config.ts as it reads with these env changes (undefined: unset). */
    const configWith = (env: Record<string, string | undefined>): Row => {
      const saved = { ...process.env }
      Object.assign(process.env, env)
      for (const [k, v] of Object.entries(env)) {
        if (v === undefined) delete process.env[k]
      }
      try {
        let config: Row = {}
        jest.isolateModules(() => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          config = require(
            path.resolve(__dirname, "../../../medusa-config")
          ).default
        })
        return config
      } finally {
        process.env = saved
      }
    }

    it("pushes a shipped order to the shopper's browser: VAPID-signed for the push service, aes128gcm-encrypted, recorded as a push notification", async () => {
      const browser = newBrowser()
      const res = await subscribe(shopper, browser.body)
      expect(res.status).toBe(200)
      expect(res.data).toEqual({
        push_subscription: {
          id: expect.stringMatching(/^psub_/),
          endpoint: browser.endpoint,
          created_at: expect.any(String),
        },
      })
      const listed = await api.get("/store/push-subscriptions", shopper.headers)
      expect(listed.data.push_subscriptions).toEqual([
        expect.objectContaining({
          id: res.data.push_subscription.id,
          endpoint: browser.endpoint,
        }),
      ])
      expect(listed.data.push_subscriptions[0]).not.toHaveProperty("auth")

      const kopi = market.sellers[0]
      expect((await vendorAction(api, kopi, placed.id, "accept")).status).toBe(
        200
      )
      await received("the accepted push", (r) => r.length === 1)
      expect(
        (
          await vendorAction(api, kopi, placed.id, "ship", {
            tracking_number: "JNE-777",
          })
        ).status
      ).toBe(200)
      await received("the shipped push", (r) => r.length === 2)

      expect(pushService.rejected).toEqual([])
      const [accepted, shipped] = pushService.received
      const n = placed.display_id
      expect(accepted.payload).toEqual({
        title: `Pesanan #${n} sedang diproses`,
        body: `Toko kopi telah menerima pesanan #${n} Anda dan sedang menyiapkannya.`,
        url: `${STOREFRONT_URL}/account`,
        order_id: placed.id,
        status: "processing",
      })
      expect(shipped).toMatchObject({ id: browser.id, status: 201 })
      expect(shipped.payload).toEqual({
        title: `Pesanan #${n} telah dikirim`,
        body: `Toko kopi telah mengirim pesanan #${n} Anda. Nomor resi: JNE-777`,
        url: `${STOREFRONT_URL}/account`,
        order_id: placed.id,
        status: "shipped",
      })
      expect(shipped.claims).toMatchObject({
        aud: pushService.origin,
        sub: "mailto:ops@belanjain.local",
      })
      expect(Number(shipped.ttl)).toBeGreaterThan(0)

      // Recorded by Medusa's Notification Module, channel push, like the e-mails.
      await waitFor(
        async () =>
          (await pushNotifications(placed.id)).filter(
            (x) => x.status === "success"
          ).length === 2,
        { what: "two sent push notifications" }
      )
      const notifications = await pushNotifications(placed.id)
      expect(notifications).toHaveLength(2)
      const shippedRow = notifications.find((x) => x.data.status === "shipped")!
      expect(shippedRow).toMatchObject({
        channel: "push",
        to: browser.endpoint,
        provider_id: "web-push",
        template: "marketplace-seller-order-status-push",
        resource_type: "order",
        receiver_id: shopperId,
        data: shipped.payload,
        external_id: expect.stringMatching(`^/message/${browser.id}-`),
      })

      // A redelivered event pushes nothing again.
      await getContainer()
        .resolve(Modules.EVENT_BUS)
        .emit({
          name: "seller_order.shipped",
          data: { id: placed.id, seller_id: kopi.id },
        })
      await eventsSettled(getContainer())
      expect(pushService.received).toHaveLength(2)
    })

    it("a 410 from the push service deletes that subscription; a 500 is retried with back-off", async () => {
      const gone = newBrowser()
      const flaky = newBrowser()
      expect((await subscribe(shopper, gone.body)).status).toBe(200)
      expect((await subscribe(shopper, flaky.body)).status).toBe(200)
      pushService.answers.set(gone.id, [410])
      pushService.answers.set(flaky.id, [500])

      await vendorAction(api, market.sellers[0], placed.id, "accept")
      await received(
        "the 410, the 500 and the retry",
        (r) => r.length === 3 && r.some((x) => x.status === 201)
      )
      await statusHandled(placed.id, 1)

      // gone: one try, then the row is deleted
      expect(pushService.received.filter((r) => r.id === gone.id)).toHaveLength(
        1
      )
      expect(await rows({ endpoint: gone.endpoint })).toEqual([])
      // flaky: failed once, sent on the second attempt (each its own notification)
      expect(
        pushService.received
          .filter((r) => r.id === flaky.id)
          .map((r) => r.status)
      ).toEqual([500, 201])
      expect(await rows({ endpoint: flaky.endpoint })).toHaveLength(1)
      const notifications = await pushNotifications(placed.id)
      const byEndpoint = (endpoint: string) =>
        notifications
          .filter((x) => x.to === endpoint)
          .map((x) => [x.idempotency_key.split(":").pop(), x.status])
      expect(byEndpoint(gone.endpoint)).toEqual([["1", "failure"]])
      expect(byEndpoint(flaky.endpoint)).toEqual([
        ["1", "failure"],
        ["2", "success"],
      ])
      const listed = await api.get("/store/push-subscriptions", shopper.headers)
      expect(
        listed.data.push_subscriptions.map((s: Row) => s.endpoint)
      ).toEqual([flaky.endpoint])
    })

    it("subscribing the same endpoint again updates its keys and owner (one row)", async () => {
      const browser = newBrowser()
      const first = await subscribe(shopper, browser.body)
      // Another shopper signs in on the same browser, which renews its keys.
      const renewed = crypto.createECDH("prime256v1")
      renewed.generateKeys()
      browser.ecdh = renewed
      browser.authSecret = crypto.randomBytes(16)
      const again = await subscribe(other, {
        endpoint: browser.endpoint,
        keys: {
          p256dh: b64url(renewed.getPublicKey()),
          auth: b64url(browser.authSecret),
        },
      })
      expect(again.status).toBe(200)
      expect(again.data.push_subscription.id).toBe(
        first.data.push_subscription.id
      )
      const [row] = await rows({ endpoint: browser.endpoint })
      expect(row).toMatchObject({
        customer_id: otherId,
        p256dh: b64url(renewed.getPublicKey()),
        auth: b64url(browser.authSecret),
      })
      expect(await rows()).toHaveLength(1)
      const mine = await api.get("/store/push-subscriptions", shopper.headers)
      expect(mine.data.push_subscriptions).toEqual([])
      const theirs = await api.get("/store/push-subscriptions", other.headers)
      expect(theirs.data.push_subscriptions).toHaveLength(1)
    })

    it("rejects bad subscriptions naming the field, and anonymous callers", async () => {
      const browser = newBrowser()
      const noP256dh = await subscribe(shopper, {
        endpoint: browser.endpoint,
        keys: { auth: browser.body.keys.auth },
      })
      expect(noP256dh.status).toBe(400)
      expect(noP256dh.data.message).toMatch(/p256dh/)
      const badKey = await subscribe(shopper, {
        ...browser.body,
        keys: { ...browser.body.keys, p256dh: "not-a-key" },
      })
      expect(badKey.status).toBe(400)
      expect(badKey.data.message).toMatch(/keys\.p256dh/)
      const badAuth = await subscribe(shopper, {
        ...browser.body,
        keys: { ...browser.body.keys, auth: b64url(Buffer.alloc(8)) },
      })
      expect(badAuth.status).toBe(400)
      expect(badAuth.data.message).toMatch(/keys\.auth/)
      const badEndpoint = await subscribe(shopper, {
        ...browser.body,
        endpoint: "ftp://127.0.0.1/push/x",
      })
      expect(badEndpoint.status).toBe(400)
      expect(badEndpoint.data.message).toMatch(/endpoint/)
      const extra = await subscribe(shopper, { ...browser.body, owner: "x" })
      expect(extra.status).toBe(400)
      expect(extra.data.message).toMatch(/owner/)

      expect((await subscribe(null, browser.body)).status).toBe(401)
      expect(
        (
          await call(
            api.get("/store/push-subscriptions", {
              headers: market.store.headers,
            })
          )
        ).status
      ).toBe(401)
      expect(
        (await unsubscribe(null, { endpoint: browser.endpoint })).status
      ).toBe(401)
      expect(await rows()).toEqual([])
    })

    it("refuses endpoints the server may not push to: https: only unless WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true, never with credentials", async () => {
      const browser = newBrowser()
      // A real push service's https: endpoint is accepted and stored.
      const https = "https://push.belanjain.test/wpush/v2/abc"
      const accepted = await subscribe(shopper, {
        ...browser.body,
        endpoint: https,
      })
      expect(accepted.status).toBe(200)
      expect(accepted.data.push_subscription.endpoint).toBe(https)
      expect(await rows({ endpoint: https })).toHaveLength(1)

      // Credentials in the URL: 400 naming endpoint, with or without the flag.
      for (const endpoint of [
        browser.endpoint.replace("//", "//admin:secret@"),
        "https://user:pass@push.belanjain.test/wpush/v2/x",
        "https://user@push.belanjain.test/wpush/v2/y",
      ]) {
        const refused = await subscribe(shopper, { ...browser.body, endpoint })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(
          "Invalid request: Field 'endpoint' must not contain credentials (user:password@)"
        )
      }
      expect((await rows()).map((r) => r.endpoint)).toEqual([https])

      // The flag reaches the plugin (push_subscription module: the subscribe
      // check) and the provider (the check before each send); off by default.
      const allowHttp = (env: Record<string, string | undefined>) => {
        const config = configWith(env)
        const plugin = (config.plugins as Row[]).find(
          (p) => p.resolve === "@belanjain/marketplace"
        )!
        const provider = (
          config.modules.notification.options.providers as Row[]
        ).find((p) => p.id === "web-push")!
        return [
          plugin.options.allow_http_endpoints,
          provider.options.allow_http_endpoints,
        ]
      }
      expect(allowHttp({})).toEqual([true, true])
      expect(allowHttp({ WEB_PUSH_ALLOW_HTTP_ENDPOINTS: undefined })).toEqual([
        false,
        false,
      ])
      expect(allowHttp({ WEB_PUSH_ALLOW_HTTP_ENDPOINTS: "1" })).toEqual([
        false,
        false,
      ])
      // This app runs with the flag on (its fake push service is http), so
      // the flag-off refusal of http: and the provider's check before each
      // send are unit-tested (plugins/marketplace/src: modules/push-subscription
      // and providers/web-push __tests__).
    })

    it("unsubscribes only the caller's own endpoint: someone else's answers 404 and stays", async () => {
      const browser = newBrowser()
      await subscribe(shopper, browser.body)
      const foreign = await unsubscribe(other, { endpoint: browser.endpoint })
      expect(foreign.status).toBe(404)
      expect(await rows({ endpoint: browser.endpoint })).toHaveLength(1)

      const mine = await unsubscribe(shopper, { endpoint: browser.endpoint })
      expect(mine.status).toBe(200)
      expect(mine.data).toEqual({
        endpoint: browser.endpoint,
        object: "push_subscription",
        deleted: true,
      })
      expect(await rows()).toEqual([])
      expect(
        (await unsubscribe(shopper, { endpoint: browser.endpoint })).status
      ).toBe(404)
      expect((await unsubscribe(shopper, {})).status).toBe(400)
    })

    it("without VAPID keys no push provider is registered and nothing is pushed", async () => {
      // medusa-config.ts registers the provider only with both keys.
      const providersWith = (env: Record<string, string | undefined>) =>
        (configWith(env).modules.notification.options.providers as Row[]).map(
          (p) => [p.id, p.options.channels]
        )
      expect(
        providersWith({ WEB_PUSH_VAPID_PRIVATE_KEY: undefined })
      ).not.toContainEqual(["web-push", ["push"]])
      expect(providersWith({})).toContainEqual(["web-push", ["push"]])

      // The running app without its push provider: the status e-mail goes, no push.
      const browser = newBrowser()
      await subscribe(shopper, browser.body)
      const config = getContainer().resolve(
        ContainerRegistrationKeys.CONFIG_MODULE
      ) as Row
      const providers = config.modules.notification.options.providers as Row[]
      const index = providers.findIndex((p) => p.id === "web-push")
      expect(index).toBeGreaterThanOrEqual(0)
      const [pushProvider] = providers.splice(index, 1)
      try {
        await vendorAction(api, market.sellers[0], placed.id, "accept")
        await statusHandled(placed.id, 1)
        expect(pushService.received).toEqual([])
        expect(await pushNotifications(placed.id)).toEqual([])
      } finally {
        providers.splice(index, 0, pushProvider)
      }
    })
  },
})
