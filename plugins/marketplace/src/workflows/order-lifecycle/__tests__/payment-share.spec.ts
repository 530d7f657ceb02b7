import { planPaymentShare, sumAmounts } from "../utils/payment-share"

describe("planPaymentShare", () => {
  it("releases the whole share of an authorized payment", () => {
    expect(
      planPaymentShare(310_000, [{ id: "pay_1", captured: 0, refunded: 0 }])
    ).toEqual({ refunds: [], refunded: "0", released: "310000" })
  })

  it("refunds the whole share of a captured payment", () => {
    expect(
      planPaymentShare(310_000, [
        { id: "pay_1", captured: 1_000_000, refunded: 0 },
      ])
    ).toEqual({
      refunds: [{ payment_id: "pay_1", amount: "310000" }],
      refunded: "310000",
      released: "0",
    })
  })

  it("refunds what is still captured and releases the rest", () => {
    expect(
      planPaymentShare(310_000, [
        { id: "pay_1", captured: 500_000, refunded: 300_000 },
      ])
    ).toEqual({
      refunds: [{ payment_id: "pay_1", amount: "200000" }],
      refunded: "200000",
      released: "110000",
    })
  })

  it("spreads over several payments and skips canceled ones", () => {
    expect(
      planPaymentShare("100.5", [
        { id: "pay_void", captured: 80, refunded: 0, canceled: true },
        { id: "pay_1", captured: 60, refunded: 0 },
        { id: "pay_2", captured: 60.25, refunded: 0 },
      ])
    ).toEqual({
      refunds: [
        { payment_id: "pay_1", amount: "60" },
        { payment_id: "pay_2", amount: "40.5" },
      ],
      refunded: "100.5",
      released: "0",
    })
  })

  it("gives back nothing for a zero share", () => {
    expect(
      planPaymentShare(0, [{ id: "pay_1", captured: 10, refunded: 0 }])
    ).toEqual({ refunds: [], refunded: "0", released: "0" })
  })
})

describe("sumAmounts", () => {
  it("prefers the raw form and ignores empty rows", () => {
    expect(
      sumAmounts([
        { amount: 1, raw_amount: { value: "1.5", precision: 20 } },
        null,
        { amount: 2 },
      ])
    ).toBe("3.5")
    expect(sumAmounts(undefined)).toBe("0")
    expect(sumAmounts([{ base_amount: 7 }], "base_amount")).toBe("7")
  })
})
