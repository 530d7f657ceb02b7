import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  CreateShippingOptionDTO,
  FulfillmentOption,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { SHIPPING_RATES_IDENTIFIER } from "../../types"
import { parseWeightRate, weightRateAmount, type RatedItem } from "./rates"

/**
 * Belanjain's simulated shipping rates: weight-based options price
 * `base_amount + per_kg_amount × ceil(kg)` of the cart items that ship with
 * the option's shipping profile (Medusa passes exactly those items in
 * `context.items`). The rate lives in the shipping option's `data`
 * (`{ rate_type: "weight", currency_code, base_amount, per_kg_amount }`).
 *
 * Flat options do not use this provider: they use Medusa's manual provider
 * with a flat price, so the Pricing Module keeps their price (editable in the
 * admin, currency-aware, with price preferences) and no code of ours is in
 * their pricing path.
 *
 * Fulfillments are handled by hand, as with the manual provider.
 */
export class ShippingRatesProviderService extends AbstractFulfillmentProviderService {
  static identifier = SHIPPING_RATES_IDENTIFIER

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [
      { id: "belanjain-weight", name: "Weight-based rate (base + per kg)" },
    ]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return !!parseWeightRate(data)
  }

  /**
   * True for options that carry a weight rate in `data`. An option created
   * without one (e.g. from the admin, with only the fulfillment option id)
   * cannot be priced, and Medusa refuses to create it. An update that does
   * not touch `data` (a rename) keeps the stored rate.
   */
  async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    if (data?.data === undefined && "id" in (data ?? {})) return true
    return !!parseWeightRate(data?.data)
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const rate = parseWeightRate(optionData)
    if (!rate) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This shipping option has no weight rate"
      )
    }
    const currency = String(context?.currency_code ?? "").toLowerCase()
    if (currency && currency !== rate.currency_code) {
      // Unpriced in another currency (as a flat option without a price in
      // that currency): Medusa lists it without an amount and refuses it as
      // a shipping method, instead of failing the whole listing.
      return {
        calculated_amount: undefined as unknown as number,
        is_calculated_price_tax_inclusive: false,
      }
    }
    const items = (context?.items ?? []) as unknown as RatedItem[]
    return {
      calculated_amount: weightRateAmount(rate, items),
      is_calculated_price_tax_inclusive: false,
    }
  }

  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    return data
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default ShippingRatesProviderService
