import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import { assertIdr, parseMidtransAmount, toRupiah } from "../amount"
import { midtransHosts } from "../client"
import { orderIdForSession, sessionIdFromOrderId } from "../order-id"
import { MidtransProviderService } from "../service"

describe("order ids", () => {
  it("uses the session id first, then -r2, -r3 ...", () => {
    expect(orderIdForSession("payses_01ABC")).toBe("payses_01ABC")
    expect(orderIdForSession("payses_01ABC", 1)).toBe("payses_01ABC")
    expect(orderIdForSession("payses_01ABC", 2)).toBe("payses_01ABC-r2")
    expect(orderIdForSession("payses_01ABC", 13)).toBe("payses_01ABC-r13")
  })

  it("maps an order id back to its session id", () => {
    expect(sessionIdFromOrderId("payses_01ABC")).toBe("payses_01ABC")
    expect(sessionIdFromOrderId("payses_01ABC-r2")).toBe("payses_01ABC")
    expect(sessionIdFromOrderId("payses_01ABC-r13")).toBe("payses_01ABC")
    // Only a trailing -r<digits> is a revision.
    expect(sessionIdFromOrderId("payses_01ABC-rx")).toBe("payses_01ABC-rx")
    expect(sessionIdFromOrderId("payses_01-r2ABC")).toBe("payses_01-r2ABC")
  })
})

describe("amounts", () => {
  it("keeps rupiah unchanged, whatever Medusa's representation", () => {
    expect(toRupiah(150000)).toBe(150000)
    expect(toRupiah("150000")).toBe(150000)
    expect(toRupiah(new BigNumber(150000))).toBe(150000)
    expect(toRupiah({ value: "150000", precision: 20 })).toBe(150000)
  })

  it("refuses fractions and non-positive amounts", () => {
    expect(() => toRupiah(1500.5)).toThrow(/whole number of rupiah/)
    expect(() => toRupiah("abc")).toThrow(MedusaError)
    expect(() => toRupiah(0)).toThrow(/greater than 0/)
    expect(() => toRupiah(-10)).toThrow(/greater than 0/)
  })

  it("accepts IDR only", () => {
    expect(() => assertIdr("idr")).not.toThrow()
    expect(() => assertIdr("IDR")).not.toThrow()
    expect(() => assertIdr("usd")).toThrow(/only IDR is supported.*usd/)
    expect(() => assertIdr(undefined)).toThrow(/only IDR/)
  })

  it("parses Midtrans' amount strings", () => {
    expect(parseMidtransAmount("150000.00")).toBe(150000)
    expect(parseMidtransAmount("99999.50")).toBe(99999.5)
    expect(parseMidtransAmount(undefined)).toBeUndefined()
    expect(parseMidtransAmount("x")).toBeUndefined()
  })
})

describe("hosts", () => {
  it("uses the sandbox, production or base_url hosts", () => {
    expect(midtransHosts({ isProduction: false })).toEqual({
      snap: "https://app.sandbox.midtrans.com",
      core: "https://api.sandbox.midtrans.com",
    })
    expect(midtransHosts({ isProduction: true })).toEqual({
      snap: "https://app.midtrans.com",
      core: "https://api.midtrans.com",
    })
    expect(
      midtransHosts({ isProduction: true, baseUrl: "http://127.0.0.1:9/" })
    ).toEqual({ snap: "http://127.0.0.1:9", core: "http://127.0.0.1:9" })
  })
})

describe("validateOptions", () => {
  const valid = { server_key: "SB-Mid-server-x", client_key: "SB-Mid-client-x" }
  const validate = (o: Record<string, unknown>) =>
    MidtransProviderService.validateOptions(o)

  it("accepts the required keys alone and the documented options", () => {
    expect(() => validate(valid)).not.toThrow()
    expect(() =>
      validate({
        ...valid,
        is_production: "false",
        base_url: "http://127.0.0.1:4010",
        payment_expiry_minutes: 60,
      })
    ).not.toThrow()
    expect(() =>
      validate({ ...valid, is_production: true, base_url: undefined })
    ).not.toThrow()
  })

  it("names the missing key and its environment variable", () => {
    expect(() => validate({ client_key: "c" })).toThrow(
      "Midtrans: the `server_key` option is required (MIDTRANS_SERVER_KEY)"
    )
    expect(() => validate({ server_key: "s", client_key: "" })).toThrow(
      "Midtrans: the `client_key` option is required (MIDTRANS_CLIENT_KEY)"
    )
    try {
      validate({})
      throw new Error("validate({}) did not throw")
    } catch (e) {
      expect(MedusaError.isMedusaError(e)).toBe(true)
      expect((e as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    }
  })

  it("refuses a bad is_production, base_url or payment_expiry_minutes", () => {
    expect(() => validate({ ...valid, is_production: "yes" })).toThrow(
      /`is_production` option must be a boolean/
    )
    expect(() => validate({ ...valid, base_url: "ftp://x" })).toThrow(
      /`base_url` option must be an http\(s\) URL/
    )
    expect(() => validate({ ...valid, base_url: "not a url" })).toThrow(
      /`base_url`/
    )
    expect(() => validate({ ...valid, payment_expiry_minutes: 0 })).toThrow(
      /`payment_expiry_minutes`/
    )
    expect(() => validate({ ...valid, payment_expiry_minutes: 1.5 })).toThrow(
      /`payment_expiry_minutes`/
    )
  })

  it("is checked by the constructor too", () => {
    expect(
      () =>
        new MidtransProviderService({}, {
          client_key: "c",
        } as unknown as ConstructorParameters<
          typeof MidtransProviderService
        >[1])
    ).toThrow(/server_key/)
  })
})
