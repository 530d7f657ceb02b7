import {
  chargedKilograms,
  itemsWeightGrams,
  parseWeightRate,
  weightRateAmount,
} from "../rates"

const rate = {
  rate_type: "weight" as const,
  currency_code: "idr",
  base_amount: 9000,
  per_kg_amount: 4000,
}

describe("weight-based rates", () => {
  it("charges whole kilograms, at least one", () => {
    expect(chargedKilograms(0)).toBe(1)
    expect(chargedKilograms(1)).toBe(1)
    expect(chargedKilograms(1000)).toBe(1)
    expect(chargedKilograms(1001)).toBe(2)
    expect(chargedKilograms(2500)).toBe(3)
  })

  it("weighs variant weight (else product weight) × quantity, missing weights as 0", () => {
    expect(
      itemsWeightGrams([
        { quantity: 2, variant: { weight: 700 }, product: { weight: 100 } },
        { quantity: 3, variant: { weight: null }, product: { weight: 250 } },
        { quantity: 5, variant: null, product: null },
      ])
    ).toBe(2 * 700 + 3 * 250)
  })

  it("prices base + per kg × ceil(kg), in main units", () => {
    // 2 × 700 g + 3 × 250 g = 2150 g → 3 kg
    const items = [
      { quantity: 2, variant: { weight: 700 } },
      { quantity: 3, product: { weight: 250 } },
    ]
    expect(weightRateAmount(rate, items)).toBe(9000 + 4000 * 3)
    expect(weightRateAmount(rate, [])).toBe(9000 + 4000)
  })

  it("reads only well-formed weight rates from option data", () => {
    expect(parseWeightRate(rate)).toEqual(rate)
    expect(parseWeightRate({ ...rate, currency_code: "IDR" })).toEqual(rate)
    expect(parseWeightRate({ id: "belanjain-weight" })).toBeNull()
    expect(parseWeightRate({ ...rate, base_amount: -1 })).toBeNull()
    expect(parseWeightRate({ ...rate, per_kg_amount: "5" })).toBeNull()
    expect(parseWeightRate(null)).toBeNull()
  })
})
