/** The Fonnte-style gateway transport over real HTTP against the fake server. */
import {
  startFakeWhatsApp,
  type FakeWhatsApp,
} from "../../../testing/fake-whatsapp"
import { WhatsAppSendError } from "../errors"
import { gatewayProvider, notification, rejectionOf } from "./fixture"

describe("WhatsApp provider, gateway transport", () => {
  let fake: FakeWhatsApp
  let lines: string[]

  beforeAll(async () => {
    fake = await startFakeWhatsApp({ gatewayToken: "fonnte-device-secret" })
  })
  afterAll(async () => {
    await fake.close()
  })
  beforeEach(() => {
    fake.reset()
    lines = []
  })

  it("posts a form and returns the gateway's id", async () => {
    const provider = gatewayProvider(fake, lines)
    const text = "Voucher: BLJ-7Q2X-K9\nBerlaku 1 hari & 2 perangkat"
    const result = await provider.send(
      notification("+62 812-3456-7890", { content: { text } })
    )

    expect(result.id).toMatch(/^\d+$/)
    expect(fake.messages).toEqual([
      {
        transport: "gateway",
        id: result.id,
        to: "6281234567890",
        text,
        raw: { target: "6281234567890", message: text, countryCode: "62" },
      },
    ])
    const request = fake.requests[0]
    expect(request.path).toBe("/send")
    expect(request.headers.authorization).toBe("fonnte-device-secret")
    expect(request.headers["content-type"]).toBe(
      "application/x-www-form-urlencoded"
    )
    expect(lines.join("\n")).not.toContain("fonnte-device-secret")
  })

  it("uses country_code for local numbers and sends it as countryCode", async () => {
    const provider = gatewayProvider(fake, lines, { country_code: "60" })
    await provider.send(
      notification("012-345 6789", { data: { message: "hai" } })
    )
    expect(fake.messages[0]).toMatchObject({
      to: "60123456789",
      raw: { target: "60123456789", message: "hai", countryCode: "60" },
    })
  })

  it("throws the reason of a status:false answer (wrong token)", async () => {
    const provider = gatewayProvider(fake, lines, {
      token: "wrong-device-token",
    })
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toBe(
      "whatsapp gateway: message refused: invalid token"
    )
    expect(error.message).not.toContain("wrong-device-token")
    expect(error as WhatsAppSendError).toMatchObject({
      httpStatus: 200,
      retryable: false,
    })
    expect(fake.requests[0].status).toBe(200)
    expect(fake.messages).toHaveLength(0)
  })

  it("throws the reason of a rejected target", async () => {
    const provider = gatewayProvider(fake, lines)
    fake.failNext(1, "rejected")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toBe(
      "whatsapp gateway: message refused: invalid target"
    )
  })

  it("throws with the HTTP status on a non-2xx answer", async () => {
    const provider = gatewayProvider(fake, lines)
    fake.failNext(1, "error")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toBe(
      "whatsapp gateway: HTTP 500: internal server error"
    )
    expect(error as WhatsAppSendError).toMatchObject({
      httpStatus: 500,
      retryable: true,
    })
  })

  it("throws with the status when the url is wrong (404)", async () => {
    const provider = gatewayProvider(fake, lines, { url: `${fake.url}/kirim` })
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(/^whatsapp gateway: HTTP 404: /)
  })

  it("throws when the server drops the connection", async () => {
    const provider = gatewayProvider(fake, lines)
    fake.failNext(1, "down")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(
      /^whatsapp gateway: request to 127\.0\.0\.1:\d+ failed: /
    )
    expect((error as WhatsAppSendError).httpStatus).toBe(0)
  })

  it("gives up after timeout_ms when the gateway never answers", async () => {
    const provider = gatewayProvider(fake, lines, { timeout_ms: 100 })
    fake.failNext(1, "hang")
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(/within 100 ms$/)
  })

  it("throws when nothing answers on the port at all", async () => {
    const closed = await startFakeWhatsApp()
    const url = closed.gatewayUrl
    await closed.close()
    const provider = gatewayProvider(fake, lines, { url })
    const error = await rejectionOf(
      provider.send(notification("081234567890", { content: { text: "x" } }))
    )
    expect(error.message).toMatch(
      /^whatsapp gateway: request to 127\.0\.0\.1:\d+ failed: .*ECONNREFUSED/
    )
  })
})
