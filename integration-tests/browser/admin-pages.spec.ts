import type { Browser, Locator, Page } from "playwright-core"
import {
  HAS_CHROMIUM,
  CHROMIUM,
  adminLogin,
  adminToken,
  launchBrowser,
  startServer,
  type Server,
} from "./harness"

jest.setTimeout(900_000)

if (!HAS_CHROMIUM) {
  process.stderr.write(
    `\n[skipped] admin-pages.spec.ts: no Chromium at ${CHROMIUM} (apt-get install chromium; CI installs it).\n`
  )
}
const describeWithChromium = HAS_CHROMIUM ? describe : describe.skip

describeWithChromium("Pages in the Medusa admin (Chromium)", () => {
  let server: Server
  let browser: Browser
  let page: Page
  let storeKey: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startServer()
    // A publishable key for the store route, made through the admin API.
    const token = await adminToken(server.base)
    const res = await fetch(`${server.base}/admin/api-keys`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ title: "Browser test", type: "publishable" }),
    })
    expect(res.status).toBe(200)
    storeKey = ((await res.json()) as any).api_key.token
    browser = await launchBrowser()
    const context = await browser.newContext({
      viewport: { width: 1500, height: 1000 },
    })
    page = await context.newPage()
    page.on("pageerror", (e) => pageErrors.push(e.message))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  /** Drags a block from Puck's list onto a target, in small pointer steps (dnd-kit). */
  async function drag(source: Locator, target: Locator, dy = 0) {
    const a = (await source.boundingBox())!
    const b = (await target.boundingBox())!
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
    await page.mouse.down()
    await page.mouse.move(a.x + 40, a.y + 10, { steps: 5 })
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + dy, {
      steps: 20,
    })
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + dy + 5, {
      steps: 5,
    })
    await page.mouse.up()
  }
  const field = (label: string) =>
    page.getByLabel(label, { exact: true }).filter({ visible: true })

  const storePage = (slug: string) =>
    fetch(`${server.base}/store/pages/${slug}`, {
      headers: { "x-publishable-api-key": storeKey },
    })

  afterEach(async () => {
    // The last state of the page, to look at when a test fails (test-results/ is git-ignored).
    await page
      ?.screenshot({ path: "test-results/admin-pages-last.png" })
      .catch(() => undefined)
  })

  it("creates a page with two blocks, publishes it, and the store route serves it", async () => {
    await adminLogin(page, server.base)
    await page.goto(`${server.base}/app/pages`)
    await page.getByRole("button", { name: "Create page" }).click()
    await field("Title").fill("Promo dari browser")
    await field("Slug").fill("promo-dari-browser")
    await page.getByRole("button", { name: "Create", exact: true }).click()
    await page.waitForURL(/\/app\/pages\/page_/, { timeout: 60_000 })

    const canvas = page.frameLocator("iframe")
    const item = (type: string) =>
      page.locator(`[data-testid='drawer-item:${type}']`)
    await item("Hero").waitFor({ timeout: 60_000 })
    await canvas.locator("body").waitFor()

    // Block 1: a hero, dropped on the empty canvas.
    await drag(item("Hero"), page.locator("iframe").first(), -300)
    const hero = canvas.locator("[data-block='Hero']")
    await hero.waitFor({ timeout: 30_000 })
    await hero.click()
    await field("Title").fill("Kopi nusantara, diskon 20%")

    // Block 2: rich text, dropped below the hero.
    await drag(item("RichText"), hero, 80)
    const text = canvas.locator("[data-block='RichText']")
    await text.waitFor({ timeout: 30_000 })
    await text.click()
    // The selected block's fields: its only textarea is the text.
    await page
      .locator("textarea")
      .filter({ visible: true })
      .first()
      .fill("Hanya minggu ini.\n\nGratis ongkir.")
    expect(await canvas.locator("[data-block]").count()).toBe(2)

    // Nothing public before publishing.
    expect((await storePage("promo-dari-browser")).status).toBe(404)

    await page.getByRole("button", { name: "Publish", exact: true }).click()
    await page
      .getByText("Published: version 1 is live")
      .first()
      .waitFor({ timeout: 30_000 })

    const res = await storePage("promo-dari-browser")
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.page).toMatchObject({
      slug: "promo-dari-browser",
      title: "Promo dari browser",
      version: 1,
    })
    expect(body.page.content.content.map((b: any) => b.type)).toEqual([
      "Hero",
      "RichText",
    ])
    expect(body.page.content.content[0].props.title).toBe(
      "Kopi nusantara, diskon 20%"
    )
    expect(body.page.content.content[1].props.body).toBe(
      "Hanya minggu ini.\n\nGratis ongkir."
    )

    // A taken slug is refused by the server and shown at the slug field.
    await page.goto(`${server.base}/app/pages`)
    await page.getByRole("button", { name: "Create page" }).click()
    await field("Title").fill("Lagi")
    await field("Slug").fill("promo-dari-browser")
    await page.getByRole("button", { name: "Create", exact: true }).click()
    await expect(
      page.locator("#create-page-slug-error").textContent()
    ).resolves.toMatch(/slug: "promo-dari-browser" is already used/)
    expect(page.url()).toMatch(/\/app\/pages$/)
    expect(pageErrors).toEqual([])
  })

  it("the audit log page shows the operator's page publication and filters by entity", async () => {
    // The entry is written by a subscriber: wait until the API has it.
    const token = await adminToken(server.base)
    const deadline = Date.now() + 30_000
    for (;;) {
      const res = await fetch(
        `${server.base}/admin/audit-entries?action=page.published`,
        { headers: { authorization: `Bearer ${token}` } }
      )
      if (((await res.json()) as any).count > 0) break
      if (Date.now() > deadline) throw new Error("no page.published entry")
      await new Promise((r) => setTimeout(r, 500))
    }

    await page.goto(`${server.base}/app/audit`)
    const published = page
      .getByRole("row")
      .filter({ hasText: "page.published" })
    await published.first().waitFor({ timeout: 30_000 })
    await expect(published.first().textContent()).resolves.toMatch(/user/)

    // Only sellers' entries: the page's publication is no longer listed.
    await page.getByRole("combobox", { name: "Entity" }).click()
    await page.getByRole("option", { name: "seller", exact: true }).click()
    await page.waitForURL(/\/app\/audit/)
    const until = Date.now() + 30_000
    while ((await published.count()) > 0 && Date.now() < until) {
      await page.waitForTimeout(250)
    }
    expect(await published.count()).toBe(0)
    expect(pageErrors).toEqual([])
  })
})
