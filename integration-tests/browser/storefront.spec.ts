import crypto from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { Client } from "pg"
import type { Browser, BrowserContext, Page, Request } from "playwright-core"
import {
  CHROMIUM,
  HAS_CHROMIUM,
  ROOT,
  adminToken,
  launchBrowser,
  seedDemo,
  startServer,
  startStorefront,
  type Server,
  type Storefront,
} from "./harness"

jest.setTimeout(900_000)

if (!HAS_CHROMIUM) {
  process.stderr.write(
    `\n[skipped] storefront.spec.ts: no Chromium at ${CHROMIUM} (apt-get install chromium; CI installs it).\n`
  )
}
const describeWithChromium = HAS_CHROMIUM ? describe : describe.skip

/** Screenshots of the main pages: CI keeps test-results/ as artifacts. */
const SHOTS = path.join(ROOT, "test-results", "storefront")
const GA4_ID = "G-TEST12345"
const PIXEL_ID = "123456789012345"
const SELLER_PASSWORD = "belanjain123" // src/scripts/seed.ts

type Row = Record<string, any>

/** A P-256 public key, base64url: what VAPID keys and browsers' p256dh are. */
const p256Key = () =>
  crypto.createECDH("prime256v1").generateKeys().toString("base64url")

describeWithChromium("Storefront (Next.js) in Chromium", () => {
  let server: Server
  let storeKey: string
  /** With GA4 and Meta Pixel ids: the journey and its events. */
  let tracked: Storefront
  /** With no analytics id at all. */
  let plain: Storefront
  let browser: Browser
  let db: Client
  const pageErrors: string[] = []

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    server = await startServer()
    storeKey = await seedDemo(server)
    ;[tracked, plain] = await Promise.all([
      startStorefront(server.base, storeKey, {
        GA4_MEASUREMENT_ID: GA4_ID,
        META_PIXEL_ID: PIXEL_ID,
        WEB_PUSH_VAPID_PUBLIC_KEY: p256Key(),
      }),
      startStorefront(server.base, storeKey),
    ])
    browser = await launchBrowser()
    db = new Client({ connectionString: server.env.DATABASE_URL })
    await db.connect()
  })
  afterAll(async () => {
    await db?.end()
    await browser?.close()
    await tracked?.stop()
    await plain?.stop()
    await server?.stop()
  })

  async function newContext(
    opts: { width?: number; height?: number; mobile?: boolean } = {}
  ): Promise<BrowserContext> {
    const context = await browser.newContext({
      viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
      locale: "id-ID",
      isMobile: opts.mobile,
      hasTouch: opts.mobile,
    })
    // The closed network: third-party tags get an empty script, recorded.
    await context.route(
      /googletagmanager\.com|connect\.facebook\.net/,
      (route) =>
        route.fulfill({ contentType: "text/javascript", body: "/* stub */" })
    )
    context.on("page", (p) =>
      p.on("pageerror", (e) => pageErrors.push(e.message))
    )
    return context
  }

  async function shot(page: Page, name: string) {
    await page.screenshot({
      path: path.join(SHOTS, `${name}.png`),
      fullPage: true,
    })
  }

  /** The GA4 events pushed to dataLayer (gtag's queue), by name. */
  async function gaEvents(page: Page, name: string): Promise<Row[]> {
    return page.evaluate((n) => {
      const layer = ((window as any).dataLayer ?? []) as ArrayLike<unknown>[]
      return Array.from(layer)
        .map((entry) => Array.from(entry))
        .filter((args) => args[0] === "event" && args[1] === n)
        .map((args) => args[2] as Record<string, unknown>)
    }, name)
  }

  /** Meta Pixel calls still in fbq's queue (its script is stubbed). */
  async function pixelCalls(page: Page, event: string): Promise<Row[]> {
    return page.evaluate((e) => {
      const queue = ((window as any).fbq?.queue ?? []) as ArrayLike<unknown>[]
      return Array.from(queue)
        .map((entry) => Array.from(entry))
        .filter((args) => args[0] === "track" && args[1] === e)
        .map((args) => args[2] as Record<string, unknown>)
    }, event)
  }

  async function feedback(page: Page, scope = page.locator("body")) {
    const note = scope.locator("[data-feedback]").last()
    await note.waitFor({ timeout: 30_000 })
    return {
      kind: await note.getAttribute("data-feedback"),
      text: await note.innerText(),
    }
  }

  async function sellerToken(email: string) {
    const res = await fetch(`${server.base}/auth/seller/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: SELLER_PASSWORD }),
    })
    expect(res.status).toBe(200)
    return ((await res.json()) as { token: string }).token
  }

  async function vendor(token: string, route: string, body: unknown) {
    const res = await fetch(`${server.base}${route}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify(body),
    })
    const json = (await res.json()) as Row
    expect({ route, status: res.status, json }).toMatchObject({ status: 200 })
    return json
  }

  it("a shopper searches, buys from two sellers in one checkout, cancels one order, and receives and reviews the other", async () => {
    const context = await newContext()
    const page = await context.newPage()
    const email = `shopper-${Date.now()}@example.com`

    // Sign up first: the orders then belong to the account.
    await page.goto(`${tracked.base}/account`)
    const signUp = page.getByTestId("register-form")
    await signUp.getByLabel("Nama depan").fill("Rina")
    await signUp.getByLabel("Nama belakang").fill("Kusuma")
    await signUp.getByLabel("E-mail").fill(email)
    await signUp.getByLabel("Kata sandi").fill("rahasia-rina-123")
    await signUp.getByRole("button", { name: "Daftar" }).click()
    await page
      .getByRole("heading", { name: "Halo, Rina" })
      .waitFor({ timeout: 60_000 })
    const { rows: customers } = await db.query(
      "select id, first_name from customer where email = $1 and has_account = true and deleted_at is null",
      [email]
    )
    expect(customers).toHaveLength(1)

    // Search from the header, then filter by price: every choice is in the URL.
    await page.goto(`${tracked.base}/`)
    await page.getByRole("searchbox").fill("cardigan")
    await page.getByRole("searchbox").press("Enter")
    await page.waitForURL(/\/store\?q=cardigan/)
    await expect(
      page.getByTestId("product-card").first().innerText()
    ).resolves.toContain("Cardigan Rajut Wanita")
    await page.getByLabel("Harga minimum").fill("100000")
    await page.getByLabel("Harga maksimum").fill("200000")
    await page.getByRole("button", { name: "Terapkan" }).click()
    await page.waitForURL(
      /min_price=100000.*max_price=200000|max_price=200000.*min_price=100000/
    )
    expect(new URL(page.url()).searchParams.get("q")).toBe("cardigan")
    const cards = page.getByTestId("product-card")
    await expect(cards.count()).resolves.toBeGreaterThan(0)
    for (const text of await cards.allInnerTexts()) {
      const price = Number(text.match(/Rp\s?([\d.]+)/)![1].replace(/\./g, ""))
      expect(price).toBeGreaterThanOrEqual(100000)
      expect(price).toBeLessThanOrEqual(200000)
    }
    await shot(page, "catalogue")

    // The product page: pick a variant, add it.
    await cards.filter({ hasText: "Cardigan Rajut Wanita" }).click()
    await page.waitForURL(/\/products\/cardigan-rajut-wanita/)
    await page.getByRole("heading", { name: "Cardigan Rajut Wanita" }).waitFor()
    await expect(page.getByTestId("seller-link").innerText()).resolves.toBe(
      "Butik Nusantara"
    )
    await page.getByRole("button", { name: "Hitam" }).click()
    await expect(page.getByTestId("variant-info").innerText()).resolves.toMatch(
      /Rp\s?159\.000.*Stok 8/s
    )
    const viewItem = await gaEvents(page, "view_item")
    expect(viewItem[0]).toMatchObject({
      currency: "IDR",
      items: [expect.objectContaining({ price: 159000 })],
    })
    await shot(page, "product")
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(feedback(page)).resolves.toEqual({
      kind: "success",
      text: "Ditambahkan ke keranjang.",
    })

    const [{ id: cardiganId }] = (
      await db.query(
        "select id from product where handle = 'cardigan-rajut-wanita'"
      )
    ).rows
    const added = await gaEvents(page, "add_to_cart")
    expect(added).toHaveLength(1)
    expect(added[0]).toMatchObject({
      currency: "IDR",
      value: 159000,
      items: [
        expect.objectContaining({
          item_id: cardiganId,
          price: 159000,
          quantity: 1,
          item_variant: "Hitam",
        }),
      ],
    })
    expect(await pixelCalls(page, "AddToCart")).toEqual([
      expect.objectContaining({
        content_ids: [cardiganId],
        value: 159000,
        currency: "IDR",
      }),
    ])

    // A second seller's product.
    await page.goto(`${tracked.base}/products/sepatu-lari`)
    await page.getByRole("button", { name: "41" }).click()
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(feedback(page)).resolves.toMatchObject({ kind: "success" })

    // The cart: one group per seller, each with its subtotal and shipping.
    await page.goto(`${tracked.base}/cart`)
    const groups = page.getByTestId("seller-group")
    await expect(groups.count()).resolves.toBe(2)
    await expect(groups.nth(0).getByRole("heading").innerText()).resolves.toBe(
      "Butik Nusantara"
    )
    await expect(groups.nth(1).getByRole("heading").innerText()).resolves.toBe(
      "Gerai Sneakers"
    )
    await expect(
      groups.nth(0).getByTestId("group-subtotal").innerText()
    ).resolves.toMatch(/Rp\s?159\.000/)
    await expect(
      groups.nth(1).getByTestId("group-subtotal").innerText()
    ).resolves.toMatch(/Rp\s?525\.000/)
    for (let i = 0; i < 2; i++) {
      const group = page.getByTestId("seller-group").nth(i)
      await group.getByRole("radio").first().check()
      await group.getByRole("button", { name: "Pilih pengiriman" }).click()
      await expect(feedback(page, group)).resolves.toEqual({
        kind: "success",
        text: "Pengiriman disimpan.",
      })
    }
    await shot(page, "cart")

    // Checkout: address, then the manual provider.
    await page.getByTestId("go-checkout").click()
    await page.waitForURL(/\/checkout/)
    const address = page.getByTestId("address-form")
    await address.getByLabel("Nama depan").fill("Rina")
    await address.getByLabel("Nama belakang").fill("Kusuma")
    await address.getByLabel("Alamat").fill("Jl. Malioboro No. 1")
    await address.getByLabel("Kota").fill("Yogyakarta")
    await address.getByLabel("Provinsi").fill("DI Yogyakarta")
    await address.getByLabel("Kode pos").fill("55271")
    await address.getByRole("button", { name: "Simpan alamat" }).click()
    await expect(feedback(page, address)).resolves.toEqual({
      kind: "success",
      text: "Alamat disimpan.",
    })
    await shot(page, "checkout")
    const pay = page.getByTestId("payment-form")
    await pay.getByRole("radio").first().check()
    await pay.getByRole("button", { name: "Buat pesanan" }).click()
    await page.waitForURL(/\/order\/[^/]+\/confirmed/, { timeout: 120_000 })

    // Confirmation: both per-seller order numbers.
    const groupId = page.url().split("/order/")[1].split("/")[0]
    const { rows: orders } = await db.query(
      `select o.id, o.display_id, s.handle
         from order_group_order_group_order_order l
         join "order" o on o.id = l.order_id
         join seller_seller_order_order so on so.order_id = o.id and so.deleted_at is null
         join seller s on s.id = so.seller_id
        where l.order_group_id = $1 and l.deleted_at is null
        order by o.display_id`,
      [groupId]
    )
    expect(orders.map((o) => o.handle).sort()).toEqual([
      "butik-nusantara",
      "gerai-sneakers",
    ])
    await page.getByTestId("order-number").first().waitFor()
    const numbers = await page.getByTestId("order-number").allInnerTexts()
    expect(numbers).toHaveLength(2)
    for (const o of orders)
      expect(numbers.join("\n")).toContain(`Pesanan #${o.display_id}`)
    const purchase = await gaEvents(page, "purchase")
    expect(purchase).toHaveLength(1)
    expect(purchase[0]).toMatchObject({
      transaction_id: groupId,
      currency: "IDR",
      items: expect.arrayContaining([
        expect.objectContaining({
          item_id: cardiganId,
          price: 159000,
          quantity: 1,
        }),
      ]),
    })
    expect(purchase[0].value).toBeGreaterThan(159000 + 525000) // with shipping
    expect(await pixelCalls(page, "Purchase")).toHaveLength(1)
    await shot(page, "confirmation")

    // Account: both orders pending; cancel the sneakers one.
    await page.goto(`${tracked.base}/account`)
    const sneakers = orders.find((o) => o.handle === "gerai-sneakers")!
    const batik = orders.find((o) => o.handle === "butik-nusantara")!
    const orderCard = (id: string) => page.locator(`[data-order-id="${id}"]`)
    await expect(
      orderCard(sneakers.id).getAttribute("data-status")
    ).resolves.toBe("pending")
    await expect(orderCard(batik.id).getAttribute("data-status")).resolves.toBe(
      "pending"
    )
    await expect(
      orderCard(batik.id).getByTestId("order-status").innerText()
    ).resolves.toBe("Menunggu diproses")
    page.once("dialog", (d) => void d.accept())
    await orderCard(sneakers.id)
      .getByRole("button", { name: "Batalkan pesanan" })
      .click()
    await expect(feedback(page)).resolves.toEqual({
      kind: "success",
      text: "Pesanan dibatalkan.",
    })
    const { rows: afterCancel } = await db.query(
      `select id, status from "order" where id = any($1)`,
      [[sneakers.id, batik.id]]
    )
    expect(
      Object.fromEntries(afterCancel.map((o) => [o.id, o.status]))
    ).toEqual({
      [sneakers.id]: "canceled",
      [batik.id]: "pending",
    })
    await page.reload()
    await expect(
      orderCard(sneakers.id).getAttribute("data-status")
    ).resolves.toBe("cancelled")
    await expect(
      orderCard(sneakers.id)
        .getByRole("button", { name: "Batalkan pesanan" })
        .count()
    ).resolves.toBe(0)

    // The seller accepts and ships (its API); the shopper confirms receipt and reviews.
    const seller = await sellerToken("fashion@belanjain.test")
    await vendor(seller, `/vendor/orders/${batik.id}/accept`, {})
    await vendor(seller, `/vendor/orders/${batik.id}/ship`, {
      tracking_number: "JNE-BJ-0001",
    })
    await page.reload()
    await expect(orderCard(batik.id).getAttribute("data-status")).resolves.toBe(
      "shipped"
    )
    await expect(orderCard(batik.id).innerText()).resolves.toContain(
      "JNE-BJ-0001"
    )
    await orderCard(batik.id)
      .getByRole("button", { name: "Pesanan diterima" })
      .click()
    await expect(feedback(page)).resolves.toEqual({
      kind: "success",
      text: "Terima kasih, pesanan dikonfirmasi diterima.",
    })
    await page.reload()
    await expect(orderCard(batik.id).getAttribute("data-status")).resolves.toBe(
      "delivered"
    )
    const box = orderCard(batik.id).getByTestId("review-box")
    await box.locator("summary").click()
    await box.getByLabel("Nilai").selectOption("4")
    await box.getByLabel("Judul").fill("Hangat dan rapi")
    await box
      .getByLabel("Ulasan", { exact: true })
      .fill("Rajutannya lembut, warnanya sesuai foto.")
    await box.getByRole("button", { name: "Kirim ulasan" }).click()
    await expect(feedback(page)).resolves.toEqual({
      kind: "success",
      text: "Ulasan terkirim. Terima kasih!",
    })
    const { rows: reviews } = await db.query(
      "select rating, title, order_id, customer_id from review where product_id = $1 and deleted_at is null",
      [cardiganId]
    )
    expect(reviews).toEqual([
      {
        rating: 4,
        title: "Hangat dan rapi",
        order_id: batik.id,
        customer_id: customers[0].id,
      },
    ])
    await shot(page, "account")

    // The review shows on the product page.
    await page.goto(`${tracked.base}/products/cardigan-rajut-wanita`)
    await expect(page.getByTestId("reviews").innerText()).resolves.toContain(
      "Hangat dan rapi"
    )
    await context.close()
  })

  it("the home page renders the seeded page-builder blocks, and a published edit shows after reload", async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${plain.base}/`)
    const content = page.locator("[data-page-content]")
    await content.waitFor()
    await expect(
      content.getByRole("heading", { level: 1 }).innerText()
    ).resolves.toBe("Belanja produk lokal, langsung dari penjualnya")
    // Data blocks got their data: category tiles and product cards with prices.
    await expect(
      content.getByRole("link", { name: /Fashion/ }).count()
    ).resolves.toBeGreaterThan(0)
    await expect(content.innerText()).resolves.toMatch(
      /Cardigan Rajut Wanita[\s\S]*Rp\s?159\.000/
    )
    // The voucher block shows each package with its price in the region.
    await expect(content.innerText()).resolves.toMatch(
      /Voucher WiFi 5K \(1 hari\)[\s\S]*Rp\s?5\.000/
    )
    await shot(page, "home")

    const token = await adminToken(server.base)
    const admin = {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
    }
    const list = (await (
      await fetch(`${server.base}/admin/pages?q=home`, { headers: admin })
    ).json()) as Row
    const home = list.pages.find((p: Row) => p.slug === "home")
    const full = (await (
      await fetch(`${server.base}/admin/pages/${home.id}`, { headers: admin })
    ).json()) as Row
    const draft = structuredClone(full.page.draft_content)
    const hero = draft.content.find((b: Row) => b.type === "Hero")
    hero.props.title = "Harbolnas: diskon dari semua toko"
    let res = await fetch(`${server.base}/admin/pages/${home.id}`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ content: draft }),
    })
    expect(res.status).toBe(200)
    // Saved but not published: the shop still shows the old title.
    await page.reload()
    await expect(
      content.getByRole("heading", { level: 1 }).innerText()
    ).resolves.toBe("Belanja produk lokal, langsung dari penjualnya")
    res = await fetch(`${server.base}/admin/pages/${home.id}/publish`, {
      method: "POST",
      headers: admin,
      body: "{}",
    })
    expect(res.status).toBe(200)
    await page.reload()
    await expect(
      content.getByRole("heading", { level: 1 }).innerText()
    ).resolves.toBe("Harbolnas: diskon dari semua toko")
    await context.close()
  })

  it("order notifications can be turned on and off; the voucher shop shows prices; a voucher bought with a cardigan fires voucher_purchase, and the cardigan page then recommends it as bought together", async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${tracked.base}/account`)
    const signUp = page.getByTestId("register-form")
    await signUp.getByLabel("Nama depan").fill("Budi")
    await signUp.getByLabel("E-mail").fill(`voucher-${Date.now()}@example.com`)
    await signUp.getByLabel("Kata sandi").fill("rahasia-budi-123")
    await signUp.getByRole("button", { name: "Daftar" }).click()
    await page
      .getByRole("heading", { name: "Halo, Budi" })
      .waitFor({ timeout: 60_000 })

    // Order notifications: the storefront has a VAPID key, so the account
    // page offers them. The browser's push service is outside this closed
    // network, so PushManager answers with a subscription made here; the
    // storefront's own code registers /sw.js and hands it to the store API.
    const endpoint = `https://push.example.test/send/${Date.now()}`
    const keys = {
      p256dh: p256Key(),
      auth: crypto.randomBytes(16).toString("base64url"),
    }
    await context.grantPermissions(["notifications"], { origin: tracked.base })
    await context.addInitScript(
      (sub) => {
        let current: unknown = null
        const make = () => ({
          endpoint: sub.endpoint,
          expirationTime: null,
          toJSON: () => ({ endpoint: sub.endpoint, keys: sub.keys }),
          unsubscribe: async () => {
            current = null
            return true
          },
        })
        PushManager.prototype.subscribe = async function () {
          current = make()
          return current as PushSubscription
        }
        PushManager.prototype.getSubscription = async function () {
          return current as PushSubscription | null
        }
      },
      { endpoint, keys }
    )
    await page.reload()
    const push = page.getByTestId("push-opt-in")
    await page
      .locator('[data-testid="push-opt-in"][data-state="off"]')
      .waitFor()
    await push.getByRole("button", { name: "Aktifkan notifikasi" }).click()
    await expect(feedback(page)).resolves.toEqual({
      kind: "success",
      text: "Notifikasi pesanan aktif di perangkat ini.",
    })
    const subscriptions = async () =>
      (
        await db.query(
          `select ps.endpoint, c.first_name from push_subscription ps
             join customer c on c.id = ps.customer_id
            where ps.endpoint = $1 and ps.deleted_at is null`,
          [endpoint]
        )
      ).rows
    await expect(subscriptions()).resolves.toEqual([
      { endpoint, first_name: "Budi" },
    ])
    await expect(
      page.evaluate(async () =>
        Boolean(await navigator.serviceWorker.getRegistration("/sw.js"))
      )
    ).resolves.toBe(true)
    await push.getByRole("button", { name: "Matikan" }).click()
    // (the first toast may still be on screen: wait for this one)
    await page
      .locator('[data-feedback="success"]', {
        hasText: "Notifikasi pesanan dimatikan.",
      })
      .waitFor({ timeout: 30_000 })
    await page
      .locator('[data-testid="push-opt-in"][data-state="off"]')
      .waitFor()
    await expect(subscriptions()).resolves.toEqual([])

    const { rows: packages } = await db.query(
      `select vp.id, vp.variant_id, p.id as product_id
         from voucher_package vp
         join product_variant v on v.id = vp.variant_id
         join product p on p.id = v.product_id
        where p.handle = 'voucher-wifi-5k' and vp.deleted_at is null`
    )
    expect(packages).toHaveLength(1)
    const [pkg] = packages

    await page.goto(`${tracked.base}/vouchers`)
    const card = page
      .getByTestId("voucher-package")
      .filter({ hasText: "Voucher WiFi 5K (1 hari)" })
    await expect(card.innerText()).resolves.toMatch(/Rp\s?5\.000/)
    await card.getByRole("button", { name: "Beli" }).click()
    await expect(feedback(page)).resolves.toEqual({
      kind: "success",
      text: "Ditambahkan ke keranjang.",
    })
    await page.goto(`${tracked.base}/products/cardigan-rajut-wanita`)
    await page.getByRole("button", { name: "Krem" }).click()
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(feedback(page)).resolves.toMatchObject({ kind: "success" })

    await page.goto(`${tracked.base}/cart`)
    const groups = page.getByTestId("seller-group")
    await expect(groups.count()).resolves.toBe(2)
    for (let i = 0; i < 2; i++) {
      const group = groups.nth(i)
      if (!(await group.getByRole("radio").count())) continue // nothing to ship
      await group.getByRole("radio").first().check()
      await group.getByRole("button", { name: "Pilih pengiriman" }).click()
      await expect(feedback(page, group)).resolves.toMatchObject({
        kind: "success",
      })
    }
    await page.getByTestId("go-checkout").click()
    await page.waitForURL(/\/checkout/)
    const address = page.getByTestId("address-form")
    await address.getByLabel("Nama depan").fill("Budi")
    await address.getByLabel("Nama belakang").fill("Santoso")
    await address.getByLabel("Alamat").fill("Jl. Braga No. 7")
    await address.getByLabel("Kota").fill("Bandung")
    await address.getByLabel("Provinsi").fill("Jawa Barat")
    await address.getByLabel("Kode pos").fill("40111")
    await address.getByRole("button", { name: "Simpan alamat" }).click()
    await expect(feedback(page, address)).resolves.toMatchObject({
      kind: "success",
    })
    const pay = page.getByTestId("payment-form")
    await pay.getByRole("radio").first().check()
    await pay.getByRole("button", { name: "Buat pesanan" }).click()
    // The confirmation, or the reason shown instead (the test then says it).
    await Promise.race([
      page.waitForURL(/\/order\/[^/]+\/confirmed/, { timeout: 120_000 }),
      page
        .locator('[data-feedback="error"]')
        .first()
        .waitFor({ timeout: 120_000 })
        .then(async () => {
          throw new Error(
            `checkout refused: ${await page.locator('[data-feedback="error"]').first().innerText()}`
          )
        }),
    ])
    const groupId = page.url().split("/order/")[1].split("/")[0]

    // One voucher_purchase with the package, besides the purchase of both lines.
    await page.getByTestId("order-number").first().waitFor()
    const voucherEvents = await gaEvents(page, "voucher_purchase")
    expect(voucherEvents).toEqual([
      {
        transaction_id: groupId,
        value: 5000,
        currency: "IDR",
        items: [
          expect.objectContaining({
            item_id: pkg.id,
            item_variant: pkg.variant_id,
            price: 5000,
            quantity: 1,
          }),
        ],
      },
    ])
    const purchase = await gaEvents(page, "purchase")
    expect(purchase).toHaveLength(1)
    expect(purchase[0].items).toHaveLength(2)
    const custom = await page.evaluate(() =>
      Array.from(((window as any).fbq?.queue ?? []) as ArrayLike<unknown>[])
        .map((entry) => Array.from(entry))
        .filter((a) => a[0] === "trackCustom")
        .map((a) => a[1])
    )
    expect(custom).toEqual(["VoucherPurchase"])

    // The order is real, so the cardigan's page recommends the voucher.
    await page.goto(`${tracked.base}/products/cardigan-rajut-wanita`)
    const together = page.getByTestId("bought-together")
    await expect(together.innerText()).resolves.toContain(
      "Voucher WiFi 5K (1 hari)"
    )
    await expect(
      together.getByTestId("product-card").count()
    ).resolves.toBeGreaterThan(0)
    await context.close()
  })

  it("at 375×812 the catalogue, product and cart pages do not scroll sideways and their main actions are on screen", async () => {
    const context = await newContext({ width: 375, height: 812, mobile: true })
    const page = await context.newPage()
    const noSideScroll = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth
      )
    const reachable = async (
      name: string,
      locator: ReturnType<Page["locator"]>
    ) => {
      await locator.scrollIntoViewIfNeeded()
      const boxed = await locator.boundingBox()
      expect({
        name,
        visible: await locator.isVisible(),
        box: boxed,
      }).toMatchObject({ visible: true })
      expect(boxed!.x).toBeGreaterThanOrEqual(0)
      expect(boxed!.x + boxed!.width).toBeLessThanOrEqual(375)
    }

    await page.goto(`${plain.base}/store?q=kaos`)
    expect(await noSideScroll()).toBe(true)
    await reachable("search", page.getByRole("searchbox"))
    await reachable(
      "apply filters",
      page.getByRole("button", { name: "Terapkan" })
    )
    await reachable("first product", page.getByTestId("product-card").first())
    await shot(page, "mobile-catalogue")

    await page.goto(`${plain.base}/products/kaos-polos-katun-combed`)
    expect(await noSideScroll()).toBe(true)
    await page.getByRole("button", { name: "M", exact: true }).click()
    await reachable(
      "add to cart",
      page.getByRole("button", { name: "Tambah ke keranjang" })
    )
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(feedback(page)).resolves.toMatchObject({ kind: "success" })
    await shot(page, "mobile-product")

    await page.goto(`${plain.base}/cart`)
    expect(await noSideScroll()).toBe(true)
    await reachable(
      "quantity",
      page.getByTestId("cart-line").first().getByLabel("Jumlah")
    )
    await reachable("checkout", page.getByTestId("go-checkout"))
    await shot(page, "mobile-cart")
    await context.close()
  })

  it("axe-core finds no serious or critical violation on home, catalogue, product, cart and checkout", async () => {
    const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
    const context = await newContext()
    const page = await context.newPage()
    // A cart, so that cart and checkout have content.
    await page.goto(`${plain.base}/products/raket-bulu-tangkis`)
    await page.getByRole("button", { name: "3U" }).click()
    await page.getByRole("button", { name: "Tambah ke keranjang" }).click()
    await expect(feedback(page)).resolves.toMatchObject({ kind: "success" })

    const found: Record<string, Row[]> = {}
    for (const [name, route] of [
      ["home", "/"],
      ["catalogue", "/store?q=batik"],
      ["product", "/products/raket-bulu-tangkis"],
      ["cart", "/cart"],
      ["checkout", "/checkout"],
    ]) {
      await page.goto(`${plain.base}${route}`)
      await page.waitForLoadState("networkidle")
      await page.addScriptTag({ content: axe })
      const result = (await page.evaluate(() =>
        (window as any).axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
        })
      )) as { violations: Row[]; passes: Row[] }
      expect(result.passes.length).toBeGreaterThan(10) // axe really ran on a page
      found[name] = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n: Row) => n.target.join(" ")).slice(0, 5),
        }))
    }
    expect(found).toEqual({
      home: [],
      catalogue: [],
      product: [],
      cart: [],
      checkout: [],
    })
    await context.close()
  })

  it("with no analytics id set, no third-party script loads", async () => {
    const context = await newContext()
    const page = await context.newPage()
    const foreign: string[] = []
    page.on("request", (r: Request) => {
      const host = new URL(r.url()).hostname
      if (host !== "localhost" && host !== "127.0.0.1") foreign.push(r.url())
    })
    for (const route of [
      "/",
      "/store",
      "/products/kaos-polos-katun-combed",
      "/cart",
    ]) {
      await page.goto(`${plain.base}${route}`)
      await page.waitForLoadState("networkidle")
    }
    await page.getByRole("button", { name: "S", exact: true }).count() // the page is interactive
    expect(foreign).toEqual([])
    expect(await page.evaluate(() => typeof (window as any).gtag)).toBe(
      "undefined"
    )
    expect(await page.evaluate(() => typeof (window as any).fbq)).toBe(
      "undefined"
    )
    // …while the tracked storefront does load both tags.
    const requested: string[] = []
    page.on("request", (r: Request) => requested.push(r.url()))
    await page.goto(`${tracked.base}/`)
    await page.waitForLoadState("networkidle")
    expect(
      requested.some((u) =>
        u.startsWith(`https://www.googletagmanager.com/gtag/js?id=${GA4_ID}`)
      )
    ).toBe(true)
    expect(
      requested.some((u) => u.startsWith("https://connect.facebook.net/"))
    ).toBe(true)
    await context.close()
  })

  it("says so when the store server is down, instead of crashing", async () => {
    const down = await startStorefront("http://127.0.0.1:9", storeKey)
    try {
      const context = await newContext()
      const page = await context.newPage()
      for (const route of [
        "/",
        "/store?q=kaos",
        "/products/kaos-polos-katun-combed",
        "/sellers/butik-nusantara",
        "/vouchers",
      ]) {
        const res = await page.goto(`${down.base}${route}`)
        expect({ route, status: res?.status() }).toEqual({ route, status: 200 })
        await expect(
          page.getByTestId("server-down").innerText()
        ).resolves.toContain("Server toko tidak dapat dihubungi")
      }
      await context.close()
    } finally {
      await down.stop()
    }
  })

  it("with SENTRY_DSN, a failing store server shows the error page and the error reaches Sentry", async () => {
    // The store server answers 500 to everything; Sentry's ingest is a fake
    // that keeps the envelopes the SDK posts (DSN http://key@host/1).
    const failing = http.createServer((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" })
      res.end(
        JSON.stringify({ type: "unknown_error", message: "boom in the store" })
      )
    })
    const envelopes: string[] = []
    const sentry = http.createServer((req, res) => {
      let body = ""
      req.on("data", (d) => (body += d))
      req.on("end", () => {
        if (req.url?.startsWith("/api/1/envelope/")) envelopes.push(body)
        res.writeHead(200, { "content-type": "application/json" })
        res.end("{}")
      })
    })
    const listen = (srv: http.Server) =>
      new Promise<number>((resolve) =>
        srv.listen(0, "127.0.0.1", () =>
          resolve((srv.address() as AddressInfo).port)
        )
      )
    const [backendPort, sentryPort] = await Promise.all([
      listen(failing),
      listen(sentry),
    ])
    const broken = await startStorefront(
      `http://127.0.0.1:${backendPort}`,
      storeKey,
      { SENTRY_DSN: `http://publickey@127.0.0.1:${sentryPort}/1` }
    )
    try {
      const context = await newContext()
      const page = await context.newPage()
      const sentryScripts: string[] = []
      page.on("request", (r) => {
        if (/sentry/i.test(r.url())) sentryScripts.push(r.url())
      })
      await page.goto(`${broken.base}/store?q=kaos`)
      await page.getByText("Terjadi kesalahan.").waitFor()
      const deadline = Date.now() + 20_000
      const events = () =>
        envelopes.flatMap((e) =>
          e
            .split("\n")
            .filter((line) => line.startsWith("{"))
            .map((line) => JSON.parse(line) as Row)
            .filter((item) => item.exception)
        )
      while (!events().length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250))
      const [event] = events()
      expect(event).toBeDefined()
      expect(JSON.stringify(event.exception)).toContain("boom in the store")
      expect(event.contexts?.nextjs ?? event.request).toBeDefined()
      // The browser SDK is served by the storefront itself, never a CDN.
      for (const url of sentryScripts)
        expect(url.startsWith(broken.base)).toBe(true)
      await context.close()
    } finally {
      await broken.stop()
      failing.close()
      sentry.close()
    }
  })

  it("no page threw in the browser during these tests", () => {
    expect(pageErrors).toEqual([])
  })
})
