import { backoffDelay, withRetries } from "../utils/retry"
import { voucherMessage } from "../utils/messages"

describe("withRetries", () => {
  it("waits base × 2^(n-2) before attempt n and stops at the first success", async () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 100))).toEqual([
      0, 100, 200, 400,
    ])
    const seen: number[] = []
    const started = Date.now()
    const value = await withRetries(
      async (attempt) => {
        seen.push(attempt)
        if (attempt < 3) throw new Error(`down ${attempt}`)
        return "ok"
      },
      { attempts: 3, baseMs: 20 }
    )
    expect(value).toBe("ok")
    expect(seen).toEqual([1, 2, 3])
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 - 5)
  })

  it("throws the last error after the last attempt, and stops early when not retryable", async () => {
    const errors: string[] = []
    await expect(
      withRetries(
        async (attempt) => {
          throw new Error(`fail ${attempt}`)
        },
        {
          attempts: 3,
          baseMs: 1,
          onError: (e) => void errors.push((e as Error).message),
        }
      )
    ).rejects.toThrow("fail 3")
    expect(errors).toEqual(["fail 1", "fail 2", "fail 3"])

    let calls = 0
    await expect(
      withRetries(
        async () => {
          calls++
          throw new Error("wrong password")
        },
        { attempts: 3, baseMs: 1, retryable: () => false }
      )
    ).rejects.toThrow("wrong password")
    expect(calls).toBe(1)
  })
})

describe("voucherMessage", () => {
  const vouchers = [
    { username: "abcd2345", password: "abcd2345" },
    { username: "user7777", password: "pass8888" },
  ]

  it("lists every code in Indonesian by default", () => {
    const m = voucherMessage({
      package_name: "5K 1 hari",
      order_display_id: 12,
      vouchers,
      validity_hours: 24,
      uptime_limit: "1d",
    })
    expect(m.subject).toBe("Voucher WiFi Anda: 5K 1 hari #12")
    expect(m.text).toContain("1. Kode: abcd2345")
    expect(m.text).toContain("2. Pengguna: user7777  Sandi: pass8888")
    expect(m.text).toContain("Berlaku 1 hari")
  })

  it("speaks English for an English order", () => {
    const m = voucherMessage({
      package_name: "10K",
      vouchers,
      validity_hours: 72,
      locale: "en-US",
    })
    expect(m.subject).toBe("Your WiFi vouchers: 10K")
    expect(m.text).toContain("1. Code: abcd2345")
    expect(m.text).toContain("Valid for 3 days")
  })
})
