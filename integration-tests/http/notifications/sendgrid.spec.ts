import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { Modules } from "@medusajs/framework/utils"
import { NotificationTemplates } from "@belanjain/marketplace/workflows"
import { createAdminToken, signUpSeller } from "../../helpers/actors"
import { waitFor } from "../../helpers/payments"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * A fake SendGrid v3 API on 127.0.0.1: `POST /v3/mail/send` answers 202 with
 * no body (as SendGrid does), or 500 with SendGrid's error shape while
 * `failures` > 0. Every request is recorded.
 */
const sendgrid = {
  server: http.createServer(),
  requests: [] as {
    path: string
    auth?: string
    body: Row
    answered: number
  }[],
  failures: 0,
}
sendgrid.server.on("request", (req, res) => {
  let raw = ""
  req.on("data", (chunk) => (raw += chunk))
  req.on("end", () => {
    const fail = sendgrid.failures > 0
    if (fail) sendgrid.failures--
    const answered =
      req.method === "POST" && req.url === "/v3/mail/send"
        ? fail
          ? 500
          : 202
        : 404
    sendgrid.requests.push({
      path: `${req.method} ${req.url}`,
      auth: req.headers.authorization,
      body: raw ? JSON.parse(raw) : {},
      answered,
    })
    res.statusCode = answered
    if (answered === 202) return res.end()
    res.setHeader("content-type", "application/json")
    res.end(
      JSON.stringify({ errors: [{ message: "internal error", field: null }] })
    )
  })
})

// medusa-config.ts reads these when the runner boots (its beforeAll runs after this one).
beforeAll(async () => {
  await new Promise<void>((resolve) =>
    sendgrid.server.listen(0, "127.0.0.1", resolve)
  )
  const { port } = sendgrid.server.address() as AddressInfo
  process.env.SENDGRID_API_KEY = "SG.test-key"
  process.env.SENDGRID_FROM = "halo@belanjain.test"
  process.env.SENDGRID_API_URL = `http://127.0.0.1:${port}`
  process.env.MARKETPLACE_EMAIL_BACKOFF_MS = "50"
})
afterAll(async () => {
  delete process.env.SENDGRID_API_KEY
  delete process.env.SENDGRID_FROM
  delete process.env.SENDGRID_API_URL
  delete process.env.MARKETPLACE_EMAIL_BACKOFF_MS
  await new Promise((resolve) => sendgrid.server.close(resolve))
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    beforeEach(async () => {
      sendgrid.requests.length = 0
      sendgrid.failures = 0
      admin = (await createAdminToken(getContainer())).headers
    })

    /** A new seller approved by an operator: its approval e-mail goes out. */
    const approveNewSeller = async (handle: string) => {
      const { seller } = await signUpSeller(api, {
        email: `${handle}@example.com`,
        name: `Toko ${handle}`,
        handle,
      })
      const res = await api.post(
        `/admin/sellers/${seller.id}/approve`,
        {},
        admin
      )
      expect(res.status).toBe(200)
      return seller as Row
    }
    const messageTo = (to: string) =>
      waitFor(
        async () => {
          const res = await api.get(
            `/admin/marketplace/messages?${new URLSearchParams({
              to,
              template: NotificationTemplates.SELLER_STATUS_SELLER,
            })}`,
            admin
          )
          const [m] = res.data.messages as Row[]
          return m && m.status !== "pending" ? m : undefined
        },
        { timeoutMs: 20_000, what: `the message to ${to}` }
      )

    it("sends through SendGrid's API at SENDGRID_API_URL: to, from, subject, text and html", async () => {
      await approveNewSeller("kopi")
      const message = await messageTo("kopi@example.com")
      expect(message).toMatchObject({
        status: "sent",
        attempts: 1,
        provider_id: "sendgrid",
      })
      expect(sendgrid.requests).toHaveLength(1)
      const [request] = sendgrid.requests
      expect(request.path).toBe("POST /v3/mail/send")
      expect(request.auth).toBe("Bearer SG.test-key")
      expect(request.body.from).toEqual({ email: "halo@belanjain.test" })
      expect(request.body.personalizations[0].to).toEqual([
        { email: "kopi@example.com" },
      ])
      expect(request.body.subject).toBe("Toko Toko kopi telah disetujui")
      // multipart/alternative: the plain-text part first, as SendGrid requires
      expect(request.body.content).toEqual([
        { type: "text/plain", value: message.text },
        { type: "text/html", value: message.html },
      ])
      expect(message.html).toContain("Toko Anda aktif")
      expect(message.text).toContain("Toko Anda aktif")
      expect(message.text).not.toContain("<")
    })

    it("retries a failed send with back-off and records the failed attempt", async () => {
      sendgrid.failures = 1
      await approveNewSeller("teh")
      const message = await waitFor(
        async () => {
          const m = await messageTo("teh@example.com")
          return m.status === "sent" ? m : undefined
        },
        { timeoutMs: 20_000, what: "the retried message" }
      )
      expect(sendgrid.requests.map((r) => r.answered)).toEqual([500, 202])
      expect(message.attempts).toBe(2)
      expect(message.errors).toEqual([
        expect.objectContaining({
          attempt: 1,
          message: expect.stringMatching(/Failed to send email/),
        }),
      ])
      // Medusa's rows: the failed attempt and the sent one, each under its own key.
      const notifications = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({
          idempotency_key: [1, 2].map((n) => `${message.idempotency_key}:${n}`),
        } as never)
      expect(
        notifications.map((n: Row) => [n.idempotency_key, n.status]).sort()
      ).toEqual([
        [`${message.idempotency_key}:1`, "failure"],
        [`${message.idempotency_key}:2`, "success"],
      ])
    })

    it("a send that keeps failing stays failed for the resend job, which delivers it later", async () => {
      sendgrid.failures = 3 // every try of the first run (3 attempts)
      await approveNewSeller("susu")
      const failed = await waitFor(
        async () => {
          const m = await messageTo("susu@example.com")
          return m.status === "failed" && m.attempts === 3 ? m : undefined
        },
        { timeoutMs: 20_000, what: "the failed message" }
      )
      expect(failed.errors).toHaveLength(3)
      const { resendFailedMessagesWorkflow } =
        await import("@belanjain/marketplace/workflows")
      const { result } = await resendFailedMessagesWorkflow(getContainer()).run(
        {
          input: { older_than_ms: 0 },
        }
      )
      expect(result).toEqual([
        expect.objectContaining({ message_id: failed.id, status: "sent" }),
      ])
      const sent = await messageTo("susu@example.com")
      expect(sent).toMatchObject({ status: "sent", attempts: 4 })
      expect(sendgrid.requests.map((r) => r.answered)).toEqual([
        500, 500, 500, 202,
      ])
    })
  },
})
