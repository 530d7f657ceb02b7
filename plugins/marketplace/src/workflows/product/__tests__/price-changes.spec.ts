import { priceChanges } from "../utils/price-changes"

describe("priceChanges", () => {
  it("reports only variants whose prices differ, before and after", () => {
    const before = [
      {
        id: "variant_a",
        prices: [
          { currency_code: "usd", amount: 10 },
          { currency_code: "idr", amount: 150000 },
        ],
      },
      { id: "variant_b", prices: [{ currency_code: "idr", amount: 99000 }] },
    ]
    const after = [
      {
        id: "variant_a",
        prices: [
          { currency_code: "idr", amount: "175000" },
          { currency_code: "usd", amount: 10 },
        ],
      },
      // Same prices in another order: no change.
      { id: "variant_b", prices: [{ currency_code: "IDR", amount: 99000 }] },
    ]
    expect(priceChanges(before, after)).toEqual([
      {
        variant_id: "variant_a",
        from: [
          { currency_code: "idr", amount: 150000 },
          { currency_code: "usd", amount: 10 },
        ],
        to: [
          { currency_code: "idr", amount: 175000 },
          { currency_code: "usd", amount: 10 },
        ],
      },
    ])
  })

  it("treats a variant without prices before as a change from none", () => {
    expect(
      priceChanges(
        [{ id: "v", prices: [] }],
        [{ id: "v", prices: [{ currency_code: "idr", amount: 5000 }] }]
      )
    ).toEqual([
      {
        variant_id: "v",
        from: [],
        to: [{ currency_code: "idr", amount: 5000 }],
      },
    ])
  })
})
