import {
  MANUAL_FULFILLMENT_PROVIDER_ID,
  SHIPPING_RATES_PROVIDER_ID,
  type SellerShippingRateType,
} from "../../../types"
import type { SellerShippingOptionInput } from "../types"

/**
 * Rules every seller option carries. The value is the plain string "true"
 * (as the 2.21 admin writes it): Medusa compares rule values as strings, and
 * '"true"' would hide the option from the storefront.
 */
export const SELLER_SHIPPING_OPTION_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

type OptionRow = {
  provider_id?: string | null
  price_type?: string | null
  data?: Record<string, unknown> | null
}

/**
 * Flat options are Medusa's manual provider with a flat price; weight-based
 * ones are Belanjain's rate provider with a calculated price (see
 * providers/shipping-rates).
 */
export function shippingOptionRateType(
  option: OptionRow
): SellerShippingRateType {
  return option.provider_id === SHIPPING_RATES_PROVIDER_ID ||
    option.data?.rate_type === "weight"
    ? "weight"
    : "flat"
}

/** Input of Medusa's createShippingOptionsWorkflow for one seller option. */
export function toCreateShippingOptionInput(
  option: SellerShippingOptionInput,
  shipping: { service_zone_id: string; shipping_profile_id: string }
) {
  const currency_code = option.currency_code.toLowerCase()
  const base = {
    name: option.name,
    service_zone_id: shipping.service_zone_id,
    shipping_profile_id: shipping.shipping_profile_id,
    type: {
      label: option.name,
      code: option.rate_type,
      description:
        option.rate_type === "weight"
          ? "Tarif berdasarkan berat"
          : "Tarif tetap",
    },
    rules: SELLER_SHIPPING_OPTION_RULES,
  }
  if (option.rate_type === "weight") {
    return {
      ...base,
      price_type: "calculated" as const,
      provider_id: SHIPPING_RATES_PROVIDER_ID,
      data: {
        rate_type: "weight",
        currency_code,
        base_amount: option.base_amount as number,
        per_kg_amount: option.per_kg_amount as number,
      },
    }
  }
  return {
    ...base,
    price_type: "flat" as const,
    provider_id: MANUAL_FULFILLMENT_PROVIDER_ID,
    data: { rate_type: "flat", currency_code },
    prices: [{ currency_code, amount: option.amount as number }],
  }
}
