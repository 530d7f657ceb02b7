import type { SellerShippingRateType } from "../../types"

/** A seller's new shipping option, as the /vendor API takes it (validated by zod). */
export type SellerShippingOptionInput = {
  name: string
  rate_type: SellerShippingRateType
  /** Flat rate, in the currency's main unit. */
  amount?: number
  /** Weight-based rate: base_amount + per_kg_amount × ceil(kg), main units. */
  base_amount?: number
  per_kg_amount?: number
  currency_code: string
}

/** What a seller may change on one of its options (name and price; the currency and rate type stay). */
export type SellerShippingOptionUpdate = {
  name?: string
  amount?: number
  base_amount?: number
  per_kg_amount?: number
}
