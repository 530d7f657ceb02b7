import { groupPaymentFailed } from "../steps/find-unpaid-group-orders"
import { spreadNewCaptures } from "../steps/record-group-captures"

describe("groupPaymentFailed", () => {
  it("is true only when every session is dead and no live payment exists", () => {
    expect(
      groupPaymentFailed({
        payment_sessions: [{ status: "canceled" }, { status: "error" }],
        payments: [],
      })
    ).toBe(true)
    expect(
      groupPaymentFailed({
        payment_sessions: [{ status: "canceled" }],
        payments: [{ id: "pay_1", canceled_at: new Date() }],
      })
    ).toBe(true)
  })

  it("is false while a session can still be paid, a payment lives, or nothing is known", () => {
    expect(
      groupPaymentFailed({
        payment_sessions: [
          { status: "canceled" },
          { status: "pending_authorization" },
        ],
        payments: [],
      })
    ).toBe(false)
    expect(
      groupPaymentFailed({
        payment_sessions: [{ status: "canceled" }],
        payments: [{ id: "pay_1", canceled_at: null }],
      })
    ).toBe(false)
    expect(groupPaymentFailed({ payment_sessions: [], payments: [] })).toBe(
      false
    )
    expect(groupPaymentFailed(null)).toBe(false)
  })
})

describe("spreadNewCaptures", () => {
  const orders = [
    { id: "order_a", status: "pending", total: 160_000, transactions: [] },
    { id: "order_b", status: "pending", total: 182_000, transactions: [] },
  ]

  it("pays the open orders in turn, each up to what it owes", () => {
    expect(
      spreadNewCaptures([{ id: "capt_1", amount: 342_000 }], orders, "idr")
    ).toEqual([
      {
        order_id: "order_a",
        amount: "160000",
        currency_code: "idr",
        reference: "capture",
        reference_id: "capt_1",
      },
      {
        order_id: "order_b",
        amount: "182000",
        currency_code: "idr",
        reference: "capture",
        reference_id: "capt_1",
      },
    ])
  })

  it("skips captures already recorded and orders already paid or cancelled", () => {
    const recorded = [
      {
        ...orders[0],
        transactions: [
          { amount: 160_000, reference: "capture", reference_id: "capt_1" },
        ],
      },
      { ...orders[1], status: "canceled" },
    ]
    expect(
      spreadNewCaptures([{ id: "capt_1", amount: 160_000 }], recorded, "idr")
    ).toEqual([])
    expect(
      spreadNewCaptures(
        [{ id: "capt_2", amount: 50_000 }],
        [recorded[0], { ...orders[1] }],
        "idr"
      )
    ).toEqual([
      expect.objectContaining({ order_id: "order_b", amount: "50000" }),
    ])
  })
})
