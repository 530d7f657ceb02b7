import { unrecordedRefunds } from "../steps/record-refunds"

describe("unrecordedRefunds", () => {
  it("leaves out Medusa's own refunds (their id is the refund key) and those recorded before", () => {
    const payment = {
      refunds: [{ id: "ref_medusa_1", amount: 20_000 }],
      data: { refunds: [{ refund_key: "dash-1", amount: 10_000 }] },
    }
    expect(
      unrecordedRefunds(payment, {
        refunds: [
          { refund_key: "ref_medusa_1", amount: 20_000 },
          { refund_key: "dash-1", amount: 10_000 },
          { refund_key: "dash-2", amount: 5_000 },
        ],
      })
    ).toEqual([{ refund_key: "dash-2", amount: 5_000 }])
  })

  it("falls back to the difference of the totals when Midtrans lists no refunds", () => {
    const payment = { refunds: [{ id: "ref_1", amount: 20_000 }], data: {} }
    expect(
      unrecordedRefunds(payment, { refunds: [], refund_amount: 70_000 })
    ).toEqual([{ refund_key: "midtrans-total-70000", amount: 50_000 }])
    expect(
      unrecordedRefunds(payment, { refunds: [], refund_amount: 20_000 })
    ).toEqual([])
  })
})
