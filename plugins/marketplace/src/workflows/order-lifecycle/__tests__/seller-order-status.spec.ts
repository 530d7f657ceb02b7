import {
  SELLER_ORDER_STATUS_TRANSITIONS,
  SELLER_ORDER_STATUSES,
} from "../../../types"
import {
  deriveSellerOrderStatus,
  sellerOrderTransitionRefusal,
} from "../utils/seller-order-status"

const at = "2026-01-02T03:04:05.000Z"

describe("deriveSellerOrderStatus", () => {
  it.each([
    ["no fulfillment", { status: "pending", fulfillments: [] }, "pending"],
    ["fulfillments not loaded", { status: "pending" }, "pending"],
    [
      "only a canceled fulfillment",
      { status: "pending", fulfillments: [{ canceled_at: at }] },
      "pending",
    ],
    ["a fulfillment", { status: "pending", fulfillments: [{}] }, "processing"],
    [
      "a shipped fulfillment",
      { status: "pending", fulfillments: [{ shipped_at: at }] },
      "shipped",
    ],
    [
      "a delivered fulfillment",
      {
        status: "completed",
        fulfillments: [{ shipped_at: at, delivered_at: at }],
      },
      "delivered",
    ],
    [
      "shipped, with a canceled earlier fulfillment",
      {
        status: "pending",
        fulfillments: [{ canceled_at: at }, { shipped_at: at }],
      },
      "shipped",
    ],
    [
      "one of two fulfillments shipped",
      { status: "pending", fulfillments: [{ shipped_at: at }, {}] },
      "processing",
    ],
    [
      "a canceled order (whatever its fulfillments)",
      { status: "canceled", fulfillments: [{ shipped_at: at }] },
      "cancelled",
    ],
  ])("%s", (_name, order, expected) => {
    expect(deriveSellerOrderStatus(order)).toBe(expected)
  })
})

describe("sellerOrderTransitionRefusal", () => {
  const cases = SELLER_ORDER_STATUSES.flatMap((from) =>
    SELLER_ORDER_STATUSES.map((to) => ({
      from,
      to,
      legal: SELLER_ORDER_STATUS_TRANSITIONS[from].includes(to),
    }))
  )

  it.each(cases)("$from → $to: legal=$legal", ({ from, to, legal }) => {
    const refusal = sellerOrderTransitionRefusal(from, to)
    if (legal) {
      expect(refusal).toBeNull()
    } else {
      expect(refusal).toBe(`Cannot change seller order from ${from} to ${to}`)
    }
  })

  it("follows the lifecycle pending → processing → shipped → delivered", () => {
    expect(sellerOrderTransitionRefusal("pending", "processing")).toBeNull()
    expect(sellerOrderTransitionRefusal("processing", "shipped")).toBeNull()
    expect(sellerOrderTransitionRefusal("shipped", "delivered")).toBeNull()
    expect(sellerOrderTransitionRefusal("pending", "cancelled")).toBeNull()
    expect(sellerOrderTransitionRefusal("processing", "cancelled")).toBeNull()
  })

  it("narrows, never widens, with allowed_from", () => {
    expect(
      sellerOrderTransitionRefusal("pending", "cancelled", ["pending"])
    ).toBeNull()
    expect(
      sellerOrderTransitionRefusal(
        "processing",
        "cancelled",
        ["pending"],
        "seller order #7"
      )
    ).toBe(
      "Cannot change seller order #7 from processing to cancelled (this action applies only to pending orders)"
    )
    expect(
      sellerOrderTransitionRefusal("shipped", "cancelled", ["shipped"])
    ).toBe("Cannot change seller order from shipped to cancelled")
  })
})
