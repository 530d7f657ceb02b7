import { midtransSignature, verifyMidtransSignature } from "../signature"

const SERVER_KEY = "SB-Mid-server-abc"
// sha512("payses_01TEST" + "200" + "150000.00" + "SB-Mid-server-abc"), computed with sha512sum
const KNOWN =
  "6e732dd7ecc89862966443204c3d143325399ce3529a20d4cb91bd6da034c6d0a3bd00fb1142c7adf29f8948ee7f7807d38b05425806bfbc1e23eb2d29a86a59"

const body = {
  order_id: "payses_01TEST",
  status_code: "200",
  gross_amount: "150000.00",
  signature_key: KNOWN,
}

describe("Midtrans notification signature", () => {
  it("is sha512(order_id + status_code + gross_amount + server_key) in hex", () => {
    expect(midtransSignature(body, SERVER_KEY)).toBe(KNOWN)
  })

  it("accepts a correctly signed body", () => {
    expect(verifyMidtransSignature(body, SERVER_KEY)).toBe(true)
  })

  it("uses gross_amount exactly as sent: '150000' is not '150000.00'", () => {
    expect(
      verifyMidtransSignature({ ...body, gross_amount: "150000" }, SERVER_KEY)
    ).toBe(false)
    expect(
      verifyMidtransSignature({ ...body, gross_amount: 150000 }, SERVER_KEY)
    ).toBe(false)
  })

  it("rejects a tampered field, another server key, a forged or missing signature", () => {
    expect(
      verifyMidtransSignature({ ...body, status_code: "201" }, SERVER_KEY)
    ).toBe(false)
    expect(
      verifyMidtransSignature({ ...body, order_id: "payses_02" }, SERVER_KEY)
    ).toBe(false)
    expect(verifyMidtransSignature(body, "SB-Mid-server-other")).toBe(false)
    expect(
      verifyMidtransSignature(
        { ...body, signature_key: "f".repeat(128) },
        SERVER_KEY
      )
    ).toBe(false)
    expect(
      verifyMidtransSignature({ ...body, signature_key: "abc" }, SERVER_KEY)
    ).toBe(false)
    const { signature_key: _omit, ...unsigned } = body
    expect(verifyMidtransSignature(unsigned, SERVER_KEY)).toBe(false)
    expect(verifyMidtransSignature(undefined, SERVER_KEY)).toBe(false)
    expect(verifyMidtransSignature(body, "")).toBe(false)
  })
})
