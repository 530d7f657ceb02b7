import { verifyMidtransSignature } from "../../providers/midtrans/signature"
import { startFakeMidtrans, type FakeMidtrans } from "../fake-midtrans"

const KEY = "SB-Mid-server-FAKE"
const auth = `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`
let fake: FakeMidtrans

beforeAll(async () => {
  fake = await startFakeMidtrans({ serverKey: KEY })
})
afterAll(async () => {
  await fake.close()
})

async function call(
  method: string,
  path: string,
  body?: unknown,
  authorization: string | null = auth
) {
  const res = await fetch(`${fake.url}${path}`, {
    method,
    headers: {
      "Content-Type": "application/json",
      Accept: "application/json",
      ...(authorization ? { Authorization: authorization } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

const snap = (order_id: unknown, gross_amount: unknown) =>
  call("POST", "/snap/v1/transactions", {
    transaction_details: { order_id, gross_amount },
  })

describe("fake Midtrans", () => {
  it("requires Basic auth with the server key", async () => {
    for (const authorization of [
      null,
      `Basic ${Buffer.from("other:").toString("base64")}`,
    ]) {
      const res = await call("GET", "/v2/x/status", undefined, authorization)
      expect(res.status).toBe(401)
      expect(res.body).toEqual({
        status_code: "401",
        status_message:
          "Access denied due to unauthorized transaction, please check client or server key",
      })
    }
  })

  it("validates Snap transactions like Midtrans", async () => {
    expect((await snap("ord-frac", 1000.5)).body.error_messages[0]).toMatch(
      /^transaction_details.gross_amount/
    )
    expect((await snap("ord-zero", 0)).status).toBe(400)
    expect((await snap("x".repeat(51), 1000)).body.error_messages[0]).toMatch(
      /order_id/
    )
    const ok = await snap("ord-1", 1000)
    expect(ok.status).toBe(201)
    expect(ok.body.redirect_url).toBe(
      `${fake.url}/snap/v4/redirection/${ok.body.token}`
    )
    const dup = await snap("ord-1", 1000)
    expect(dup.status).toBe(400)
    expect(dup.body.error_messages).toEqual([
      "transaction_details.order_id sudah digunakan",
    ])
  })

  it("answers 404 until paid, then the status with two-decimal amounts", async () => {
    await snap("ord-2", 150000)
    const before = await call("GET", "/v2/ord-2/status")
    expect(before.status).toBe(404)
    expect(before.body).toEqual({
      status_code: "404",
      status_message: "Transaction doesn't exist.",
    })

    fake.setStatus("ord-2", "pending")
    const pending = await call("GET", "/v2/ord-2/status")
    expect(pending.body).toMatchObject({
      status_code: "201",
      transaction_status: "pending",
      gross_amount: "150000.00",
      currency: "IDR",
      order_id: "ord-2",
    })
    fake.setStatus("ord-2", "expire")
    expect((await call("GET", "/v2/ord-2/status")).body.status_code).toBe("407")
  })

  it("refunds idempotently per refund_key and refuses more than what is left", async () => {
    await snap("ord-3", 100000)
    fake.setStatus("ord-3", "settlement")
    const first = await call("POST", "/v2/ord-3/refund", {
      refund_key: "k1",
      amount: 40000,
      reason: "r",
    })
    expect(first.body).toMatchObject({
      status_code: "200",
      transaction_status: "partial_refund",
      refund_amount: "40000.00",
      refund_key: "k1",
    })
    const again = await call("POST", "/v2/ord-3/refund", {
      refund_key: "k1",
      amount: 40000,
    })
    expect(again.body.refund_key).toBe("k1")
    expect(fake.transactions.get("ord-3")!.refund_amount).toBe(40000)

    const over = await call("POST", "/v2/ord-3/refund", {
      refund_key: "k2",
      amount: 60001,
    })
    expect(over.status).toBe(412)
    expect(over.body.status_code).toBe("412")

    const status = (await call("GET", "/v2/ord-3/status")).body
    expect(status.refund_amount).toBe("40000.00")
    expect(status.refunds).toEqual([
      expect.objectContaining({ refund_key: "k1", refund_amount: "40000.00" }),
    ])
  })

  it("signs notifications, and applies overrides after signing", async () => {
    await snap("ord-4", 25000)
    fake.setStatus("ord-4", "settlement")
    const n = fake.notification("ord-4")
    expect(n).toMatchObject({
      order_id: "ord-4",
      gross_amount: "25000.00",
      status_code: "200",
      transaction_status: "settlement",
      currency: "IDR",
      merchant_id: fake.merchantId,
      status_message: "midtrans payment notification",
    })
    expect(typeof n.transaction_time).toBe("string")
    expect(verifyMidtransSignature(n, KEY)).toBe(true)
    expect(
      verifyMidtransSignature(
        fake.notification("ord-4", { gross_amount: "1.00" }),
        KEY
      )
    ).toBe(false)
    expect(
      verifyMidtransSignature(
        fake.signedNotification("ord-4", { gross_amount: "1.00" }),
        KEY
      )
    ).toBe(true)
  })

  it("records every request", async () => {
    const n = fake.requests.length
    await call("GET", "/v2/nope/status")
    expect(fake.requests.length).toBe(n + 1)
    expect(fake.requests.at(-1)).toMatchObject({
      method: "GET",
      path: "/v2/nope/status",
    })
  })
})
