import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SHIPPING_RATES_PROVIDER_ID } from "../../../types"
import type { SellerShipping } from "../workflows/ensure-seller-shipping"
import { shippingOptionRateType } from "../utils/shipping-options"
import type {
  SellerShippingOptionInput,
  SellerShippingOptionUpdate,
} from "../types"

export type ValidateSellerShippingOptionStepInput = {
  shipping: SellerShipping
  /** Creating: the new option. */
  create?: SellerShippingOptionInput
  /** Updating: the option's id and the change. */
  update?: { id: string; update: SellerShippingOptionUpdate }
}

export const validateSellerShippingOptionStepId =
  "marketplace-validate-seller-shipping-option-step"

/**
 * Checks what zod cannot, writes nothing: the seller ships from a service
 * zone; weight-based rates need Belanjain's rate provider registered; option
 * names are unique among the seller's options; an update only sends the
 * amounts of the option's own rate type. Returns the option being updated.
 */
export const validateSellerShippingOptionStep = createStep(
  validateSellerShippingOptionStepId,
  async (input: ValidateSellerShippingOptionStepInput, { container }) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const { shipping } = input

    if (!shipping.service_zone_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Your store has no stock location to ship from; contact support"
      )
    }

    let current:
      | {
          id: string
          name: string
          provider_id: string | null
          price_type: string
          data: Record<string, unknown> | null
        }
      | undefined
    if (input.update) {
      const [found] = await fulfillment.listShippingOptions(
        { id: input.update.id },
        { select: ["id", "name", "provider_id", "price_type", "data"] }
      )
      if (!found) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Shipping option with id: ${input.update.id} was not found`
        )
      }
      current = {
        id: found.id,
        name: found.name,
        provider_id: found.provider_id ?? null,
        price_type: found.price_type,
        data: (found.data as Record<string, unknown> | null) ?? null,
      }
      const rateType = shippingOptionRateType(current)
      const change = input.update.update
      const foreign =
        rateType === "flat"
          ? (["base_amount", "per_kg_amount"] as const)
          : (["amount"] as const)
      const currency = String(current.data?.currency_code ?? "idr")
      for (const field of ["amount", "base_amount", "per_kg_amount"] as const) {
        const value = change[field]
        if (
          currency === "idr" &&
          value !== undefined &&
          !Number.isInteger(value)
        ) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}: IDR amounts are whole rupiah (no cents)`
          )
        }
      }
      for (const field of foreign) {
        if (change[field] !== undefined) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `${field}: not used by a ${rateType} rate (${
              rateType === "flat"
                ? "set amount"
                : "set base_amount and per_kg_amount"
            })`
          )
        }
      }
    }

    if (input.create?.rate_type === "weight") {
      const [provider] = await fulfillment.listFulfillmentProviders({
        id: SHIPPING_RATES_PROVIDER_ID,
      })
      // is_enabled is on the model, not in the DTO type: false once unregistered.
      if (!(provider as { is_enabled?: boolean } | undefined)?.is_enabled) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "rate_type: weight-based rates are not enabled on this server"
        )
      }
    }

    const name = input.create?.name ?? input.update?.update.name
    if (name && name !== current?.name) {
      const sameName = await fulfillment.listShippingOptions(
        { shipping_profile_id: shipping.shipping_profile_id, name },
        { select: ["id"] }
      )
      if (sameName.some((o) => o.id !== current?.id)) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `name: you already have a shipping option named "${name}"`
        )
      }
    }

    return new StepResponse(current ?? null)
  }
)
