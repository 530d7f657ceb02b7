import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { MidtransApiError, MidtransClient } from "../client"
import { MidtransProviderService } from "../service"
import {
  CLIENT_KEY,
  collectingLogger,
  SERVER_KEY,
  newSessionId,
  setupProvider,
  useProvider,
} from "./provider-fixture"

const ctx = useProvider()

const customer = {
  id: "cus_1",
  email: "siti@example.com",
  first_name: "Siti",
  last_name: "Rahayu",
  phone: "+6281234567890",
}

async function initiate(amount: unknown = 150000) {
  const sessionId = newSessionId()
  const res = await ctx.provider.initiatePayment({
    amount: amount as number,
    currency_code: "idr",
    data: { session_id: sessionId },
    context: { idempotency_key: sessionId, customer },
  })
  return { sessionId, res, data: res.data as Record<string, any> }
}

/** A session whose transaction reached `status`, authorized by Medusa. */
async function paid(
  status: string,
  opts: { fraud_status?: string; payment_type?: string } = {}
) {
  const { sessionId, data } = await initiate()
  ctx.fake.setStatus(sessionId, status, opts)
  const auth = await ctx.provider.authorizePayment({ data })
  ctx.fake.requests.length = 0
  return { sessionId, auth, data: auth.data as Record<string, any> }
}

const posts = () => ctx.fake.requests.filter((r) => r.method === "POST")

describe("initiatePayment", () => {
  it("creates a Snap transaction for the session, amount unchanged, with Basic auth", async () => {
    const { sessionId, res, data } = await initiate(150000)

    expect(ctx.fake.requests).toHaveLength(1)
    const req = ctx.fake.requests[0]
    expect(req.method).toBe("POST")
    expect(req.path).toBe("/snap/v1/transactions")
    expect(req.headers.authorization).toBe(
      `Basic ${Buffer.from(`${SERVER_KEY}:`).toString("base64")}`
    )
    expect(req.headers.accept).toBe("application/json")
    expect(req.headers["content-type"]).toBe("application/json")
    const body = req.body as any
    expect(body.transaction_details).toEqual({
      order_id: sessionId,
      gross_amount: 150000,
    })
    expect(Number.isInteger(body.transaction_details.gross_amount)).toBe(true)
    expect(body.credit_card).toEqual({ secure: true })
    expect(body.customer_details).toEqual({
      email: "siti@example.com",
      first_name: "Siti",
      last_name: "Rahayu",
      phone: "+6281234567890",
    })
    expect(body.expiry).toBeUndefined()

    const stored = ctx.fake.transactions.get(sessionId)!
    expect(res.id).toBe(sessionId)
    expect(res.status).toBe("pending")
    expect(data).toMatchObject({
      session_id: sessionId,
      order_id: sessionId,
      gross_amount: 150000,
      currency_code: "idr",
      snap_token: stored.snap_token,
      redirect_url: `${ctx.fake.url}/snap/v4/redirection/${stored.snap_token}`,
      client_key: CLIENT_KEY,
    })
    // The session data is readable by the storefront.
    expect(JSON.stringify(data)).not.toContain(SERVER_KEY)
  })

  it("accepts Medusa's BigNumber amounts", async () => {
    const { sessionId } = await initiate(new BigNumber(275000))
    expect(ctx.fake.transactions.get(sessionId)!.gross_amount).toBe(275000)
    expect(
      (ctx.fake.requests[0].body as any).transaction_details.gross_amount
    ).toBe(275000)
  })

  it("sends the expiry when payment_expiry_minutes is set", async () => {
    const other = await setupProvider({ payment_expiry_minutes: 90 })
    try {
      const sessionId = newSessionId()
      await other.provider.initiatePayment({
        amount: 10000,
        currency_code: "IDR",
        data: { session_id: sessionId },
      })
      const body = other.fake.requests[0].body as any
      expect(body.expiry).toEqual({ unit: "minute", duration: 90 })
      expect(body.customer_details).toBeUndefined()
    } finally {
      await other.fake.close()
    }
  })

  it("refuses a currency other than IDR, without calling Midtrans", async () => {
    await expect(
      ctx.provider.initiatePayment({
        amount: 100,
        currency_code: "usd",
        data: { session_id: newSessionId() },
      })
    ).rejects.toThrow(/only IDR is supported/)
    expect(ctx.fake.requests).toHaveLength(0)
  })

  it("refuses a fractional amount, without calling Midtrans", async () => {
    const err = await ctx.provider
      .initiatePayment({
        amount: 150000.5,
        currency_code: "idr",
        data: { session_id: newSessionId() },
      })
      .catch((e) => e)
    expect(MedusaError.isMedusaError(err)).toBe(true)
    expect(err.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(err.message).toMatch(/whole number of rupiah/)
    expect(ctx.fake.requests).toHaveLength(0)
  })

  it("reports Midtrans' error messages with the HTTP status", async () => {
    const { sessionId } = await initiate()
    // Midtrans never accepts an order id twice.
    const err = await ctx.provider
      .initiatePayment({
        amount: 150000,
        currency_code: "idr",
        data: { session_id: sessionId },
      })
      .catch((e) => e)
    expect(err).toBeInstanceOf(MidtransApiError)
    expect(err.httpStatus).toBe(400)
    expect(err.message).toMatch(/HTTP 400/)
    expect(err.message).toMatch(/sudah digunakan/)
  })

  it("reports a wrong server key", async () => {
    const wrongKey = new MidtransProviderService(
      { logger: collectingLogger({ warn: [], info: [], error: [] }) },
      {
        server_key: "SB-Mid-server-WRONG",
        client_key: CLIENT_KEY,
        base_url: ctx.fake.url,
      }
    )
    const sessionId = newSessionId()
    const err = await wrongKey
      .initiatePayment({
        amount: 1000,
        currency_code: "idr",
        data: { session_id: sessionId },
      })
      .catch((e) => e)
    expect(err).toBeInstanceOf(MidtransApiError)
    expect(err.httpStatus).toBe(401)
    expect(err.message).toMatch(/Access denied/)
    expect(ctx.fake.transactions.has(sessionId)).toBe(false)
  })
})

describe("authorizePayment", () => {
  it("no transaction yet → pending (completion fails)", async () => {
    const { data } = await initiate()
    const res = await ctx.provider.authorizePayment({ data })
    expect(res.status).toBe("pending")
    expect(ctx.fake.requests.at(-1)).toMatchObject({
      method: "GET",
      path: `/v2/${data.order_id}/status`,
    })
    expect(res.data).toEqual(data)
  })

  it("no transaction answered as HTTP 200 with status_code 404 → pending", async () => {
    const other = await setupProvider({}, { notFoundHttpStatus: 200 })
    try {
      const sessionId = newSessionId()
      const init = await other.provider.initiatePayment({
        amount: 5000,
        currency_code: "idr",
        data: { session_id: sessionId },
      })
      const res = await other.provider.authorizePayment({ data: init.data })
      expect(res.status).toBe("pending")
      const statusReq = other.fake.requests.at(-1)!
      expect(statusReq.path).toBe(`/v2/${sessionId}/status`)
    } finally {
      await other.fake.close()
    }
  })

  it("pending (VA / QRIS issued) → pending_authorization", async () => {
    const { auth, data } = await paid("pending")
    expect(auth.status).toBe("pending_authorization")
    expect(data.transaction_status).toBe("pending")
    expect(data.status_code).toBe("201")
  })

  it("settlement → captured, with the transaction's details merged", async () => {
    const { sessionId, auth, data } = await paid("settlement", {
      payment_type: "qris",
    })
    const stored = ctx.fake.transactions.get(sessionId)!
    expect(auth.status).toBe("captured")
    expect(data).toMatchObject({
      session_id: sessionId,
      order_id: sessionId,
      transaction_id: stored.transaction_id,
      transaction_status: "settlement",
      fraud_status: "accept",
      payment_type: "qris",
      gross_amount: 150000,
      snap_token: stored.snap_token,
    })
    expect(typeof data.gross_amount).toBe("number")
    expect(data.amount_mismatch).toBeUndefined()
  })

  it("capture + accept → captured; authorize → authorized", async () => {
    expect(
      (await paid("capture", { fraud_status: "accept" })).auth.status
    ).toBe("captured")
    expect((await paid("authorize")).auth.status).toBe("authorized")
  })

  it("capture + challenge → requires_more", async () => {
    const { auth, data } = await paid("capture", { fraud_status: "challenge" })
    expect(auth.status).toBe("requires_more")
    expect(data.fraud_status).toBe("challenge")
  })

  it("deny → error, expire → canceled", async () => {
    expect((await paid("deny")).auth.status).toBe("error")
    expect((await paid("expire")).auth.status).toBe("canceled")
  })

  it("an amount that differs from the session's → error with amount_mismatch", async () => {
    const { sessionId, data } = await initiate(150000)
    ctx.fake.setStatus(sessionId, "settlement")
    ctx.fake.transactions.get(sessionId)!.gross_amount = 140000
    const res = await ctx.provider.authorizePayment({ data })
    expect(res.status).toBe("error")
    expect(res.data!.amount_mismatch).toEqual({
      expected: 150000,
      received: 140000,
    })
    expect(ctx.logs.warn.join("\n")).toMatch(
      /paid 140000 but the session expects 150000/
    )
  })

  it("never moves backwards: a stale pending answer after settlement keeps captured", async () => {
    const { sessionId, data } = await paid("settlement")
    ctx.fake.transactions.get(sessionId)!.transaction_status = "pending"

    const status = await ctx.provider.getPaymentStatus({ data })
    expect(status.status).toBe("captured")
    expect(status.data!.transaction_status).toBe("settlement")

    const again = await ctx.provider.authorizePayment({ data })
    expect(again.status).toBe("captured")

    const retrieved = await ctx.provider.retrievePayment({ data })
    expect(retrieved.data!.transaction_status).toBe("settlement")
  })

  it("getPaymentStatus and retrievePayment read the Status API", async () => {
    const { sessionId, data } = await paid("pending")
    ctx.fake.setStatus(sessionId, "settlement")
    const status = await ctx.provider.getPaymentStatus({ data })
    expect(status.status).toBe("captured")
    const retrieved = await ctx.provider.retrievePayment({ data })
    expect(retrieved.data).toMatchObject({
      transaction_status: "settlement",
      order_id: sessionId,
    })
    expect(ctx.fake.requests.filter((r) => r.method === "GET")).toHaveLength(2)
  })
})

describe("capturePayment", () => {
  it("captures a card pre-authorization with /v2/capture", async () => {
    const { sessionId, data } = await paid("authorize")
    const stored = ctx.fake.transactions.get(sessionId)!

    const res = await ctx.provider.capturePayment({ data })

    expect(posts()).toHaveLength(1)
    expect(posts()[0].path).toBe("/v2/capture")
    expect(posts()[0].body).toEqual({
      transaction_id: stored.transaction_id,
      gross_amount: 150000,
    })
    expect(stored.transaction_status).toBe("capture")
    expect(res.data).toMatchObject({
      transaction_status: "capture",
      fraud_status: "accept",
    })
  })

  it("makes no call for a settled payment", async () => {
    const { data } = await paid("settlement")
    const res = await ctx.provider.capturePayment({ data })
    expect(ctx.fake.requests).toHaveLength(0)
    expect(res.data).toEqual(data)
  })

  it("refuses a payment that is neither authorized nor captured", async () => {
    const { data } = await paid("pending")
    const err = await ctx.provider.capturePayment({ data }).catch((e) => e)
    expect(err.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(err.message).toMatch(/cannot be captured in status "pending"/)
    expect(ctx.fake.requests).toHaveLength(0)
  })
})

describe("cancelPayment / deletePayment", () => {
  it("expires a pending transaction", async () => {
    const { sessionId, data } = await paid("pending")
    const res = await ctx.provider.cancelPayment({ data })
    expect(posts().map((r) => r.path)).toEqual([`/v2/${sessionId}/expire`])
    expect(ctx.fake.transactions.get(sessionId)!.transaction_status).toBe(
      "expire"
    )
    expect(res.data!.transaction_status).toBe("expire")
  })

  it("cancels an authorized card payment and one held for review", async () => {
    const auth = await paid("authorize")
    await ctx.provider.cancelPayment({ data: auth.data })
    expect(ctx.fake.transactions.get(auth.sessionId)!.transaction_status).toBe(
      "cancel"
    )

    ctx.fake.requests.length = 0
    const held = await paid("capture", { fraud_status: "challenge" })
    const res = await ctx.provider.cancelPayment({ data: held.data })
    expect(posts().map((r) => r.path)).toEqual([`/v2/${held.sessionId}/cancel`])
    expect(res.data!.transaction_status).toBe("cancel")
  })

  it("does nothing when Midtrans has no transaction or it already ended", async () => {
    const { data } = await initiate()
    ctx.fake.requests.length = 0
    expect((await ctx.provider.cancelPayment({ data })).data).toEqual(data)
    expect(posts()).toHaveLength(0)

    const expired = await paid("expire")
    await ctx.provider.cancelPayment({ data: expired.data })
    expect(posts()).toHaveLength(0)
  })

  it("reads the current status even when the session data is stale", async () => {
    // The session data was written before the shopper chose a VA in Snap.
    const { sessionId, data } = await initiate()
    ctx.fake.setStatus(sessionId, "pending")
    ctx.fake.requests.length = 0
    await ctx.provider.deletePayment({ data })
    expect(posts().map((r) => r.path)).toEqual([`/v2/${sessionId}/expire`])
    expect(ctx.fake.transactions.get(sessionId)!.transaction_status).toBe(
      "expire"
    )
  })

  it("refuses to cancel a captured payment (refund instead); delete leaves it alone", async () => {
    const { sessionId, data } = await paid("settlement")
    const err = await ctx.provider.cancelPayment({ data }).catch((e) => e)
    expect(err.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(err.message).toMatch(/refund it instead/)

    const res = await ctx.provider.deletePayment({ data })
    expect(res.data!.transaction_status).toBe("settlement")
    expect(posts()).toHaveLength(0)
    expect(ctx.fake.transactions.get(sessionId)!.transaction_status).toBe(
      "settlement"
    )
  })

  it("deleting data without an order id calls nothing", async () => {
    const res = await ctx.provider.deletePayment({ data: { foo: 1 } })
    expect(res.data).toEqual({ foo: 1 })
    expect(ctx.fake.requests).toHaveLength(0)
  })
})

describe("refundPayment", () => {
  it("refunds partially, then fully, keyed by Medusa's idempotency key", async () => {
    const { sessionId, data } = await paid("settlement")
    const stored = ctx.fake.transactions.get(sessionId)!

    const first = await ctx.provider.refundPayment({
      amount: { value: "50000", precision: 20 },
      data,
      context: { idempotency_key: "ref_01" },
    })
    expect(posts()).toHaveLength(1)
    expect(posts()[0].path).toBe(`/v2/${sessionId}/refund`)
    expect(posts()[0].body).toEqual({
      refund_key: "ref_01",
      amount: 50000,
      reason: "Refund from Medusa",
    })
    expect(stored.refund_amount).toBe(50000)
    expect(stored.transaction_status).toBe("partial_refund")
    expect(first.data).toMatchObject({
      transaction_status: "partial_refund",
      refunded_amount: 50000,
      refunds: [{ refund_key: "ref_01", amount: 50000 }],
    })

    const second = await ctx.provider.refundPayment({
      amount: 100000,
      data: first.data,
      context: { idempotency_key: "ref_02" },
    })
    expect(stored.refund_amount).toBe(150000)
    expect(stored.transaction_status).toBe("refund")
    expect(stored.refunds.map((r) => [r.refund_key, r.refund_amount])).toEqual([
      ["ref_01", 50000],
      ["ref_02", 100000],
    ])
    expect(second.data).toMatchObject({
      transaction_status: "refund",
      refunded_amount: 150000,
      refunds: [
        { refund_key: "ref_01", amount: 50000 },
        { refund_key: "ref_02", amount: 100000 },
      ],
    })

    // A retry of the same Medusa refund pays nothing out again.
    ctx.fake.requests.length = 0
    const retry = await ctx.provider.refundPayment({
      amount: 100000,
      data: second.data,
      context: { idempotency_key: "ref_02" },
    })
    expect(ctx.fake.requests).toHaveLength(0)
    expect(retry.data).toEqual(second.data)
  })

  it("reports Midtrans refusing more than what is left, leaving it unchanged", async () => {
    const { sessionId, data } = await paid("settlement")
    const err = await ctx.provider
      .refundPayment({
        amount: 150001,
        data,
        context: { idempotency_key: "ref_over" },
      })
      .catch((e) => e)
    expect(err).toBeInstanceOf(MidtransApiError)
    expect(err.message).toMatch(/more than the remaining/)
    expect(ctx.fake.transactions.get(sessionId)!.refund_amount).toBe(0)
  })

  it("makes up a refund key from the order id when Medusa gives none", async () => {
    const { sessionId, data } = await paid("settlement")
    const res = await ctx.provider.refundPayment({ amount: 150000, data })
    const key = (posts()[0].body as any).refund_key as string
    expect(key.startsWith(`${sessionId}-refund-`)).toBe(true)
    expect(res.data!.refunds).toEqual([{ refund_key: key, amount: 150000 }])
  })

  it("refuses a fractional refund without calling Midtrans", async () => {
    const { data } = await paid("settlement")
    await expect(
      ctx.provider.refundPayment({ amount: 100.25, data })
    ).rejects.toThrow(/whole number of rupiah/)
    expect(ctx.fake.requests).toHaveLength(0)
  })

  it("records a refund made in the Midtrans dashboard without calling Midtrans", async () => {
    const { sessionId, data } = await paid("settlement")
    ctx.fake.refundInDashboard(sessionId, 30000, "dash-1")
    ctx.fake.requests.length = 0

    const res = await ctx.provider.refundPayment({
      amount: 30000,
      data: {
        ...data,
        external_refund: { refund_key: "dash-1", amount: 30000 },
      },
      context: { idempotency_key: "ref_ext" },
    })

    expect(ctx.fake.requests).toHaveLength(0)
    expect(res.data!.external_refund).toBeUndefined()
    expect(res.data!.refunds).toEqual([{ refund_key: "dash-1", amount: 30000 }])
    expect(res.data!.refunded_amount).toBe(30000)
    // Midtrans refunded only once.
    expect(ctx.fake.transactions.get(sessionId)!.refund_amount).toBe(30000)
  })

  it("refuses an external refund whose amount is not the one requested", async () => {
    const { data } = await paid("settlement")
    await expect(
      ctx.provider.refundPayment({
        amount: 50000,
        data: {
          ...data,
          external_refund: { refund_key: "dash-2", amount: 30000 },
        },
      })
    ).rejects.toThrow(/does not match the requested refund of 50000/)
    expect(ctx.fake.requests).toHaveLength(0)
  })
})

describe("updatePayment", () => {
  it("keeps the transaction when the amount is unchanged", async () => {
    const { data } = await initiate(150000)
    ctx.fake.requests.length = 0
    const res = await ctx.provider.updatePayment({
      amount: 150000,
      currency_code: "idr",
      data,
    })
    expect(res.data).toEqual(data)
    expect(ctx.fake.requests).toHaveLength(0)
  })

  it("creates a new Snap transaction -r2, -r3 for a new amount", async () => {
    const { sessionId, data } = await initiate(150000)
    const r2 = await ctx.provider.updatePayment({
      amount: 175000,
      currency_code: "idr",
      data,
    })
    expect(r2.data).toMatchObject({
      session_id: sessionId,
      order_id: `${sessionId}-r2`,
      revision: 2,
      gross_amount: 175000,
    })
    expect(ctx.fake.transactions.get(`${sessionId}-r2`)!.gross_amount).toBe(
      175000
    )
    expect(r2.data!.snap_token).toBe(
      ctx.fake.transactions.get(`${sessionId}-r2`)!.snap_token
    )

    const r3 = await ctx.provider.updatePayment({
      amount: 180000,
      currency_code: "idr",
      data: r2.data,
    })
    expect(r3.data!.order_id).toBe(`${sessionId}-r3`)
    expect(ctx.fake.transactions.get(`${sessionId}-r3`)!.gross_amount).toBe(
      180000
    )
  })

  it("expires a pending transaction before replacing it", async () => {
    const { sessionId, data } = await initiate(150000)
    ctx.fake.setStatus(sessionId, "pending")
    ctx.fake.requests.length = 0
    await ctx.provider.updatePayment({
      amount: 160000,
      currency_code: "idr",
      data,
    })
    expect(posts().map((r) => r.path)).toEqual([
      `/v2/${sessionId}/expire`,
      "/snap/v1/transactions",
    ])
    expect(ctx.fake.transactions.get(sessionId)!.transaction_status).toBe(
      "expire"
    )
  })

  it("refuses to change the amount of a paid transaction", async () => {
    const { sessionId, data } = await initiate(150000)
    ctx.fake.setStatus(sessionId, "settlement")
    await expect(
      ctx.provider.updatePayment({ amount: 160000, currency_code: "idr", data })
    ).rejects.toThrow(/already settlement/)
    expect(ctx.fake.transactions.has(`${sessionId}-r2`)).toBe(false)
  })
})

describe("MidtransClient timeouts", () => {
  let hanging: Server
  let url: string

  beforeAll(async () => {
    hanging = createServer(() => {
      // never answers
    })
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", () => r()))
    url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    hanging.closeAllConnections()
    await new Promise((r) => hanging.close(r))
  })

  it("gives up after the timeout with a clear error", async () => {
    const client = new MidtransClient({
      serverKey: SERVER_KEY,
      isProduction: false,
      baseUrl: url,
      timeoutMs: 200,
    })
    const err = await client.getStatus("payses_x").catch((e) => e)
    expect(err).toBeInstanceOf(MidtransApiError)
    expect(err.httpStatus).toBe(0)
    expect(err.message).toMatch(/timed out after 200 ms/)
  })
})
