/** The fake WhatsApp server itself, spoken to with plain fetch. */
import {
  startFakeWhatsApp,
  type FakeWhatsApp,
} from "../../../testing/fake-whatsapp"

describe("startFakeWhatsApp", () => {
  let fake: FakeWhatsApp

  beforeAll(async () => {
    fake = await startFakeWhatsApp({
      accessToken: "tok",
      phoneNumberId: "123",
      gatewayToken: "gw",
    })
  })
  afterAll(async () => {
    await fake.close()
  })
  beforeEach(() => fake.reset())

  async function cloud(body: unknown, token = "tok", id = "123") {
    const res = await fetch(`${fake.cloudBaseUrl}/v21.0/${id}/messages`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as any }
  }

  async function gateway(form: Record<string, string>, token = "gw") {
    const res = await fetch(fake.gatewayUrl, {
      method: "POST",
      headers: { Authorization: token },
      body: new URLSearchParams(form),
    })
    return { status: res.status, body: (await res.json()) as any }
  }

  it("listens on 127.0.0.1 with both endpoints", () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(fake.cloudBaseUrl).toBe(fake.url)
    expect(fake.gatewayUrl).toBe(`${fake.url}/send`)
  })

  it("answers the Graph success shape", async () => {
    const { status, body } = await cloud({
      messaging_product: "whatsapp",
      to: "6281234567890",
      type: "text",
      text: { body: "halo" },
    })
    expect(status).toBe(200)
    expect(body.messaging_product).toBe("whatsapp")
    expect(body.contacts).toEqual([
      { input: "6281234567890", wa_id: "6281234567890" },
    ])
    expect(body.messages[0].id).toMatch(/^wamid\./)
    expect(fake.messages[0]).toMatchObject({
      to: "6281234567890",
      text: "halo",
    })
  })

  it("answers 401 code 190 to a wrong token", async () => {
    const { status, body } = await cloud({}, "nope")
    expect(status).toBe(401)
    expect(body.error).toMatchObject({
      message: "Invalid OAuth access token.",
      type: "OAuthException",
      code: 190,
    })
    expect(typeof body.error.fbtrace_id).toBe("string")
  })

  it.each([
    [
      "missing messaging_product",
      { to: "6281234567890", type: "text", text: { body: "x" } },
    ],
    [
      "missing to",
      { messaging_product: "whatsapp", type: "text", text: { body: "x" } },
    ],
    [
      "a short number",
      {
        messaging_product: "whatsapp",
        to: "6281",
        type: "text",
        text: { body: "x" },
      },
    ],
    [
      "an empty text",
      {
        messaging_product: "whatsapp",
        to: "6281234567890",
        type: "text",
        text: { body: "" },
      },
    ],
    [
      "a template without language",
      {
        messaging_product: "whatsapp",
        to: "6281234567890",
        type: "template",
        template: { name: "t" },
      },
    ],
    [
      "an unsupported type",
      { messaging_product: "whatsapp", to: "6281234567890", type: "sticker" },
    ],
  ])("answers 400 code 100 to %s", async (_label, message) => {
    const { status, body } = await cloud(message)
    expect(status).toBe(400)
    expect(body.error.code).toBe(100)
    expect(fake.messages).toHaveLength(0)
  })

  it("answers 132018 to a template parameter with a new line", async () => {
    const { status, body } = await cloud({
      messaging_product: "whatsapp",
      to: "6281234567890",
      type: "template",
      template: {
        name: "t",
        language: { code: "id" },
        components: [
          { type: "body", parameters: [{ type: "text", text: "a\nb" }] },
        ],
      },
    })
    expect(status).toBe(400)
    expect(body.error.code).toBe(132018)
  })

  it("answers 400 code 100 to an unknown phone_number_id", async () => {
    const { status, body } = await cloud({}, "tok", "456")
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ code: 100, error_subcode: 33 })
  })

  it("speaks Fonnte: several targets, a leading 0 becomes countryCode", async () => {
    const { status, body } = await gateway({
      target: "081234567890,6289876543210",
      message: "halo",
      countryCode: "62",
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: true,
      process: "pending",
      target: ["6281234567890", "6289876543210"],
    })
    expect(body.id).toHaveLength(2)
    expect(body.id.every((id: string) => /^\d+$/.test(id))).toBe(true)
    expect(fake.messages.map((m) => m.to)).toEqual([
      "6281234567890",
      "6289876543210",
    ])
  })

  it("answers status:false with HTTP 200 to a wrong token or target", async () => {
    const wrongToken = await gateway(
      { target: "6281234567890", message: "x" },
      "bad"
    )
    expect(wrongToken).toEqual({
      status: 200,
      body: { status: false, reason: "invalid token" },
    })
    const wrongTarget = await gateway({ target: "12", message: "x" })
    expect(wrongTarget.body).toEqual({
      status: false,
      reason: "invalid target",
    })
    expect(fake.messages).toHaveLength(0)
    expect(fake.requests.map((r) => [r.transport, r.status])).toEqual([
      ["gateway", 200],
      ["gateway", 200],
    ])
  })

  it("fails exactly the next n requests, then recovers; reset forgets them", async () => {
    fake.failNext(2, "rejected")
    expect(
      (await gateway({ target: "6281234567890", message: "x" })).body.status
    ).toBe(false)
    expect(
      (
        await cloud({
          messaging_product: "whatsapp",
          to: "6281234567890",
          text: { body: "x" },
        })
      ).status
    ).toBe(400)
    expect(
      (await gateway({ target: "6281234567890", message: "x" })).body.status
    ).toBe(true)
    expect(fake.requests.map((r) => r.failure)).toEqual([
      "rejected",
      "rejected",
      undefined,
    ])

    fake.failNext(5, "error")
    fake.reset()
    expect(
      (await gateway({ target: "6281234567890", message: "x" })).body.status
    ).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.messages).toHaveLength(1)
  })

  it("records unknown paths as 404", async () => {
    const res = await fetch(`${fake.url}/nowhere`, { method: "POST" })
    expect(res.status).toBe(404)
    expect(fake.requests[0]).toMatchObject({
      transport: "unknown",
      status: 404,
    })
  })
})
