/** The Cloud API transport over real HTTP against the fake WhatsApp server. */
import { MedusaError } from "@medusajs/framework/utils"
import {
  startFakeWhatsApp,
  type FakeWhatsApp,
} from "../../../testing/fake-whatsapp"
import { WhatsAppSendError } from "../errors"
import { cloudProvider, notification, rejectionOf } from "./fixture"

const VOUCHER_TEXT = [
  "Terima kasih! Voucher WiFi Anda:",
  "Kode: BLJ-7Q2X-K9",
  "Berlaku 1 hari",
].join("\n")

describe("WhatsApp provider, cloud transport", () => {
  let fake: FakeWhatsApp
  let lines: string[]

  beforeAll(async () => {
    fake = await startFakeWhatsApp()
  })
  afterAll(async () => {
    await fake.close()
  })
  beforeEach(() => {
    fake.reset()
    lines = []
  })

  it("sends a text message and returns the wamid", async () => {
    const provider = cloudProvider(fake, lines)
    const result = await provider.send(
      notification("0812-3456-7890", { content: { text: VOUCHER_TEXT } })
    )

    expect(result.id).toMatch(/^wamid\.[A-Za-z0-9_-]+$/)
    expect(fake.messages).toHaveLength(1)
    expect(fake.messages[0]).toMatchObject({
      transport: "cloud",
      id: result.id,
      to: "6281234567890",
      text: VOUCHER_TEXT,
    })
    expect(fake.messages[0].raw).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "6281234567890",
      type: "text",
      text: { preview_url: false, body: VOUCHER_TEXT },
    })
    expect(fake.requests[0].path).toBe(`/v21.0/${fake.phoneNumberId}/messages`)
    expect(fake.requests[0].headers["content-type"]).toBe("application/json")
    expect(fake.requests[0].headers.authorization).toBe(
      `Bearer ${fake.accessToken}`
    )
  })

  it("uses the configured api_version and a base_url with a trailing slash", async () => {
    const provider = cloudProvider(fake, lines, {
      api_version: "v20.0",
      base_url: `${fake.cloudBaseUrl}/`,
    })
    await provider.send(
      notification("+6281234567890", { content: { text: "hi" } })
    )
    expect(fake.requests.map((r) => r.path)).toEqual([
      `/v20.0/${fake.phoneNumberId}/messages`,
    ])
  })

  it("takes content.text before data.text and data.message", async () => {
    const provider = cloudProvider(fake, lines)
    await provider.send(
      notification("081234567890", {
        content: { text: "from content" },
        data: { text: "from data.text", message: "from data.message" },
      })
    )
    await provider.send(
      notification("081234567890", {
        content: { subject: "ignored", text: "" },
        data: { text: "from data.text", message: "from data.message" },
      })
    )
    await provider.send(
      notification("081234567890", {
        content: null,
        data: { text: 42, message: "from data.message" },
      })
    )
    expect(fake.messages.map((m) => m.text)).toEqual([
      "from content",
      "from data.text",
      "from data.message",
    ])
  })

  it("refuses a notification without text before any request", async () => {
    const provider = cloudProvider(fake, lines)
    const error = await rejectionOf(
      provider.send(notification("081234567890", { data: { code: "X" } }))
    )
    expect(error.message).toBe(
      "whatsapp: nothing to send: give content.text (or data.text / data.message)"
    )
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect(fake.requests).toHaveLength(0)
  })

  it("refuses an invalid number before any request, naming it", async () => {
    const provider = cloudProvider(fake, lines)
    const error = await rejectionOf(
      provider.send(
        notification("buyer@example.com", { content: { text: "x" } })
      )
    )
    expect(error.message).toContain('"buyer@example.com"')
    expect(fake.requests).toHaveLength(0)
  })

  it("sends a template with the text lines as body parameters", async () => {
    const provider = cloudProvider(fake, lines, {
      template: { name: "voucher_ready" },
    })
    const text = "BLJ-7Q2X-K9\n\n  1  hari\t(24 jam) \nhttp://hotspot.lan"
    const result = await provider.send(
      notification("0812 3456 7890", { content: { text } })
    )

    expect(result.id).toMatch(/^wamid\./)
    expect(fake.messages[0].raw).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "6281234567890",
      type: "template",
      template: {
        name: "voucher_ready",
        language: { code: "id" },
        components: [
          {
            type: "body",
            parameters: [
              { type: "text", text: "BLJ-7Q2X-K9" },
              { type: "text", text: "1 hari (24 jam)" },
              { type: "text", text: "http://hotspot.lan" },
            ],
          },
        ],
      },
    })
    expect(fake.messages[0].text).toBe(
      "BLJ-7Q2X-K9\n1 hari (24 jam)\nhttp://hotspot.lan"
    )
  })

  it("honours the template language", async () => {
    const provider = cloudProvider(fake, lines, {
      template: { name: "voucher_ready", language: "en_US" },
    })
    await provider.send(
      notification("081234567890", { content: { text: "A" } })
    )
    const raw = fake.messages[0].raw as {
      template: { language: { code: string } }
    }
    expect(raw.template.language.code).toBe("en_US")
  })

  it("throws with the status and code 190 on a wrong token, without leaking it", async () => {
    const provider = cloudProvider(fake, lines, {
      access_token: "EAAG-wrong-secret-token",
    })
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error).toBeInstanceOf(WhatsAppSendError)
    expect(error.message).toMatch(/HTTP 401/)
    expect(error.message).toMatch(/\b190\b/)
    expect(error.message).toContain("Invalid OAuth access token.")
    expect(error.message).toMatch(/fbtrace_id \S+/)
    expect(error.message).not.toContain("EAAG-wrong-secret-token")
    expect(lines.join("\n")).not.toContain("EAAG-wrong-secret-token")
    expect(error as WhatsAppSendError).toMatchObject({
      httpStatus: 401,
      errorCode: 190,
      retryable: false,
      transport: "cloud",
    })
    expect(fake.messages).toHaveLength(0)
    expect(fake.requests[0].status).toBe(401)
  })

  it("throws code 100 for an unknown phone_number_id", async () => {
    const provider = cloudProvider(fake, lines, { phone_number_id: "999" })
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(
      /HTTP 400, error 100\/33 \(GraphMethodException\)/
    )
    expect(error.message).toContain("Object with ID '999' does not exist")
  })

  it("reports a server error as retryable with its code", async () => {
    const provider = cloudProvider(fake, lines)
    fake.failNext(1, "error")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(/HTTP 500, error 1\/99/)
    expect((error as WhatsAppSendError).retryable).toBe(true)

    // The failure was for one request only.
    const result = await provider.send(
      notification("081234567890", { content: { text: "again" } })
    )
    expect(result.id).toMatch(/^wamid\./)
    expect(fake.requests.map((r) => r.status)).toEqual([500, 200])
  })

  it("passes on the details of a rejected parameter", async () => {
    const provider = cloudProvider(fake, lines)
    fake.failNext(1, "rejected")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(
      /HTTP 400, error 100 \(OAuthException\): \(#100\) Invalid parameter — Injected rejection/
    )
    expect((error as WhatsAppSendError).retryable).toBe(false)
  })

  it("throws when the server drops the connection", async () => {
    const provider = cloudProvider(fake, lines)
    fake.failNext(1, "down")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error).toBeInstanceOf(WhatsAppSendError)
    expect(error.message).toMatch(
      /^whatsapp cloud: request to 127\.0\.0\.1:\d+ failed: /
    )
    expect(error as WhatsAppSendError).toMatchObject({
      httpStatus: 0,
      retryable: true,
    })
    expect(fake.requests[0].failure).toBe("down")
    expect(fake.messages).toHaveLength(0)
  })

  it("gives up after timeout_ms when the server never answers", async () => {
    const provider = cloudProvider(fake, lines, { timeout_ms: 150 })
    fake.failNext(1, "hang")
    const started = Date.now()
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    const elapsed = Date.now() - started
    expect(error.message).toMatch(
      /^whatsapp cloud: no answer from 127\.0\.0\.1:\d+ within 150 ms$/
    )
    expect((error as WhatsAppSendError).httpStatus).toBe(0)
    expect(elapsed).toBeGreaterThanOrEqual(100)
    expect(elapsed).toBeLessThan(3_000)
    expect(fake.requests[0]).toMatchObject({ failure: "hang", status: 0 })
  })

  it("logs a masked number and never the token", async () => {
    const provider = cloudProvider(fake, lines)
    const result = await provider.send(
      notification("081234567890", { content: { text: "x" } })
    )
    expect(lines).toEqual([
      `debug: whatsapp cloud: message to 6281*******90 accepted, id ${result.id}`,
    ])
    expect(lines.join("\n")).not.toContain(fake.accessToken)
  })
})
