import { PaymentActions } from "@medusajs/framework/utils"
import { midtransSignature } from "../signature"
import { SERVER_KEY, newSessionId, useProvider } from "./provider-fixture"

const ctx = useProvider()

async function session(amount = 150000) {
  const sessionId = newSessionId()
  await ctx.provider.initiatePayment({
    amount,
    currency_code: "idr",
    data: { session_id: sessionId },
  })
  ctx.fake.requests.length = 0
  return sessionId
}

/** As Medusa's /hooks/payment route hands it over: parsed body and raw body. */
const payload = (body: Record<string, unknown>) => ({
  data: body,
  rawData: Buffer.from(JSON.stringify(body)),
  headers: { "content-type": "application/json" },
})

const statusCalls = () =>
  ctx.fake.requests.filter(
    (r) => r.method === "GET" && r.path.endsWith("/status")
  )

describe("getWebhookActionAndData", () => {
  it("a valid settlement → captured, for the session, with the Status API amount", async () => {
    const sessionId = await session(150000)
    const tx = ctx.fake.setStatus(sessionId, "settlement", {
      payment_type: "qris",
    })

    const res = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(sessionId))
    )

    expect(res.action).toBe(PaymentActions.SUCCESSFUL)
    expect(res.data).toEqual({
      session_id: sessionId,
      amount: 150000,
      midtrans: {
        order_id: sessionId,
        transaction_id: tx.transaction_id,
        transaction_status: "settlement",
        fraud_status: "accept",
        status_code: "200",
        payment_type: "qris",
        refund_amount: undefined,
        refunds: undefined,
      },
    })
    // Confirmed with the Status API.
    expect(statusCalls().map((r) => r.path)).toEqual([
      `/v2/${sessionId}/status`,
    ])
  })

  it("reads the raw body when the parsed body is empty", async () => {
    const sessionId = await session()
    ctx.fake.setStatus(sessionId, "settlement")
    const body = ctx.fake.notification(sessionId)
    const res = await ctx.provider.getWebhookActionAndData({
      data: {},
      rawData: JSON.stringify(body),
      headers: {},
    })
    expect(res.action).toBe(PaymentActions.SUCCESSFUL)
    expect(res.data!.session_id).toBe(sessionId)
  })

  it("maps a replacement transaction (-r2) back to its session", async () => {
    const sessionId = newSessionId()
    const init = await ctx.provider.initiatePayment({
      amount: 150000,
      currency_code: "idr",
      data: { session_id: sessionId },
    })
    await ctx.provider.updatePayment({
      amount: 99000,
      currency_code: "idr",
      data: init.data,
    })
    ctx.fake.setStatus(`${sessionId}-r2`, "settlement")
    const res = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(`${sessionId}-r2`))
    )
    expect(res.action).toBe(PaymentActions.SUCCESSFUL)
    expect(res.data!.session_id).toBe(sessionId)
    expect(res.data!.amount).toBe(99000)
  })

  it("a forged signature → not_supported, without asking Midtrans, logged without the key", async () => {
    const sessionId = await session()
    ctx.fake.setStatus(sessionId, "settlement")
    const res = await ctx.provider.getWebhookActionAndData(
      payload(
        ctx.fake.notification(sessionId, { signature_key: "0".repeat(128) })
      )
    )
    expect(res).toEqual({ action: PaymentActions.NOT_SUPPORTED })
    expect(statusCalls()).toHaveLength(0)
    const warning = ctx.logs.warn.join("\n")
    expect(warning).toContain(sessionId)
    expect(warning).not.toContain(SERVER_KEY)
  })

  it("a missing signature or an unparseable body → not_supported", async () => {
    const sessionId = await session()
    ctx.fake.setStatus(sessionId, "settlement")
    const { signature_key: _drop, ...unsigned } =
      ctx.fake.notification(sessionId)
    expect(
      (await ctx.provider.getWebhookActionAndData(payload(unsigned))).action
    ).toBe(PaymentActions.NOT_SUPPORTED)
    expect(
      (
        await ctx.provider.getWebhookActionAndData({
          data: {},
          rawData: "not json",
          headers: {},
        })
      ).action
    ).toBe(PaymentActions.NOT_SUPPORTED)
    expect(statusCalls()).toHaveLength(0)
  })

  it("a gross_amount tampered after signing → not_supported", async () => {
    const sessionId = await session()
    ctx.fake.setStatus(sessionId, "settlement")
    const res = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(sessionId, { gross_amount: "1000.00" }))
    )
    expect(res).toEqual({ action: PaymentActions.NOT_SUPPORTED })
  })

  it("a signed notification whose amount the Status API contradicts → not_supported", async () => {
    const sessionId = await session()
    ctx.fake.setStatus(sessionId, "settlement")
    const res = await ctx.provider.getWebhookActionAndData(
      payload(
        ctx.fake.signedNotification(sessionId, { gross_amount: "1000.00" })
      )
    )
    expect(res).toEqual({ action: PaymentActions.NOT_SUPPORTED })
    expect(statusCalls()).toHaveLength(1)
    expect(ctx.logs.warn.join("\n")).toMatch(/Status API says 150000.00/)
  })

  it("an order the Status API does not know → not_supported", async () => {
    const body = {
      order_id: "payses_UNKNOWN",
      status_code: "200",
      gross_amount: "150000.00",
      transaction_status: "settlement",
    }
    const res = await ctx.provider.getWebhookActionAndData(
      payload({
        ...body,
        signature_key: midtransSignature(body, SERVER_KEY),
      })
    )
    expect(res).toEqual({ action: PaymentActions.NOT_SUPPORTED })
    expect(statusCalls().map((r) => r.path)).toEqual([
      "/v2/payses_UNKNOWN/status",
    ])
  })

  it("a late pending notification after settlement → still captured (the Status API decides)", async () => {
    const sessionId = await session()
    ctx.fake.setStatus(sessionId, "settlement")
    const late = ctx.fake.signedNotification(sessionId, {
      transaction_status: "pending",
      status_code: "201",
    })
    const res = await ctx.provider.getWebhookActionAndData(payload(late))
    expect(res.action).toBe(PaymentActions.SUCCESSFUL)
    expect((res.data as any).midtrans.transaction_status).toBe("settlement")
  })

  it("pending → pending, authorize → authorized", async () => {
    const a = await session()
    ctx.fake.setStatus(a, "pending")
    expect(
      (
        await ctx.provider.getWebhookActionAndData(
          payload(ctx.fake.notification(a))
        )
      ).action
    ).toBe(PaymentActions.PENDING)

    const b = await session()
    ctx.fake.setStatus(b, "authorize")
    expect(
      (
        await ctx.provider.getWebhookActionAndData(
          payload(ctx.fake.notification(b))
        )
      ).action
    ).toBe(PaymentActions.AUTHORIZED)
  })

  it("expire → canceled, deny → failed, both with the session id", async () => {
    const expired = await session()
    ctx.fake.setStatus(expired, "expire")
    const e = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(expired))
    )
    expect(e.action).toBe(PaymentActions.CANCELED)
    expect(e.data!.session_id).toBe(expired)
    expect((e.data as any).midtrans.status_code).toBe("407")

    const denied = await session()
    ctx.fake.setStatus(denied, "deny", { payment_type: "credit_card" })
    const d = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(denied))
    )
    expect(d.action).toBe(PaymentActions.FAILED)
    expect(d.data!.session_id).toBe(denied)
    expect((d.data as any).midtrans.transaction_status).toBe("deny")
  })

  it("a refund notification → not_supported, with the refund details for the plugin's subscriber", async () => {
    const sessionId = await session(150000)
    ctx.fake.setStatus(sessionId, "settlement")
    ctx.fake.refundInDashboard(sessionId, 50000, "dash-1")
    ctx.fake.refundInDashboard(sessionId, 100000, "dash-2")

    const res = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(sessionId))
    )
    expect(res.action).toBe(PaymentActions.NOT_SUPPORTED)
    expect(res.data!.session_id).toBe(sessionId)
    expect(res.data!.amount).toBe(150000)
    const midtrans = (res.data as any).midtrans
    expect(midtrans.transaction_status).toBe("refund")
    expect(midtrans.refund_amount).toBe(150000)
    expect(
      midtrans.refunds.map((r: any) => [r.refund_key, r.refund_amount])
    ).toEqual([
      ["dash-1", "50000.00"],
      ["dash-2", "100000.00"],
    ])
  })

  it("a partial refund notification carries the partial amount", async () => {
    const sessionId = await session(150000)
    ctx.fake.setStatus(sessionId, "settlement")
    ctx.fake.refundInDashboard(sessionId, 20000, "dash-p")
    const res = await ctx.provider.getWebhookActionAndData(
      payload(ctx.fake.notification(sessionId))
    )
    expect(res.action).toBe(PaymentActions.NOT_SUPPORTED)
    expect((res.data as any).midtrans).toMatchObject({
      transaction_status: "partial_refund",
      refund_amount: 20000,
    })
  })
})
