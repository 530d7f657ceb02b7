/**
 * Simulated courier rates (no courier API): a weight-based rate is
 * `base_amount + per_kg_amount × ceil(kg)` over the items that ship with the
 * option, at least 1 kg. Amounts are in the currency's main unit (IDR has no
 * cents), exactly as Medusa stores prices: never multiplied by 100.
 */

/** What a weight-based shipping option keeps in its `data`. */
export type WeightRate = {
  rate_type: "weight"
  currency_code: string
  base_amount: number
  per_kg_amount: number
}

/** The cart item fields the rate needs (as Medusa passes them to providers). */
export type RatedItem = {
  quantity?: unknown
  variant?: { weight?: number | string | null } | null
  product?: { weight?: number | string | null } | null
}

const isAmount = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0

/** The option's rate, or null when its `data` is not a weight rate. */
export function parseWeightRate(data: unknown): WeightRate | null {
  if (!data || typeof data !== "object") return null
  const d = data as Record<string, unknown>
  if (d.rate_type !== "weight") return null
  if (!isAmount(d.base_amount) || !isAmount(d.per_kg_amount)) return null
  if (typeof d.currency_code !== "string" || !d.currency_code) return null
  return {
    rate_type: "weight",
    currency_code: d.currency_code.toLowerCase(),
    base_amount: d.base_amount,
    per_kg_amount: d.per_kg_amount,
  }
}

const grams = (v: unknown): number => {
  const n = Number(v ?? 0)
  return Number.isFinite(n) && n > 0 ? n : 0
}

/**
 * Total weight in grams: the variant's weight, else the product's, times the
 * quantity. Weights are grams; items without a weight count as 0.
 */
export function itemsWeightGrams(items: RatedItem[]): number {
  return items.reduce((sum, item) => {
    const each = grams(item.variant?.weight) || grams(item.product?.weight) || 0
    const quantity = Number(item.quantity ?? 0)
    return sum + each * (Number.isFinite(quantity) ? quantity : 0)
  }, 0)
}

/** Whole kilograms charged: ceil(grams / 1000), at least 1. */
export function chargedKilograms(totalGrams: number): number {
  return Math.max(1, Math.ceil(totalGrams / 1000))
}

/** base_amount + per_kg_amount × charged kilograms. */
export function weightRateAmount(rate: WeightRate, items: RatedItem[]): number {
  return (
    rate.base_amount +
    rate.per_kg_amount * chargedKilograms(itemsWeightGrams(items))
  )
}
