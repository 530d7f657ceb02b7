import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export type ValidateSellerProductInputStepInput = {
  seller?: {
    id: string
    status: string
    stock_locations?: ({ id: string } | null)[] | null
  } | null
  category_ids: string[]
  /** Creation needs the seller's stock location for the new stock levels. */
  require_location?: boolean
  /** SKUs the body sets, with their path; variants in `exclude_variant_ids` may keep theirs. */
  skus?: { path: string; sku: string }[]
  exclude_variant_ids?: string[]
  /** For updates: the product's current variant ids and the ones the body names. */
  variant_ids?: { existing: string[]; requested: string[] }
}

export const validateSellerProductInputStepId =
  "marketplace-validate-seller-product-input-step"

/**
 * Checks what zod cannot: the seller exists and ships from a stock location,
 * the categories exist, updated variants belong to the product. Writes
 * nothing; returns the seller's stock location.
 */
export const validateSellerProductInputStep = createStep(
  validateSellerProductInputStepId,
  async (input: ValidateSellerProductInputStepInput, { container }) => {
    if (!input.seller) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Seller not found")
    }
    const locationId = input.seller.stock_locations?.find(Boolean)?.id
    if (input.require_location && !locationId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Your store has no stock location to keep stock in; contact support"
      )
    }

    const wanted = [...new Set(input.category_ids)]
    if (wanted.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: wanted },
      })
      const found = new Set((data as { id: string }[]).map((c) => c.id))
      const missing = wanted.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `category_ids: unknown categories ${missing.join(", ")}`
        )
      }
    }

    if (input.variant_ids) {
      const existing = new Set(input.variant_ids.existing)
      input.variant_ids.requested.forEach((id, i) => {
        if (!existing.has(id)) {
          // 404 like every other id the caller does not own here.
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `variants[${i}].id: variant ${id} was not found on this product`
          )
        }
      })
    }

    const skus = input.skus ?? []
    if (skus.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku"],
        filters: { sku: skus.map((s) => s.sku) },
      })
      const mine = new Set(input.exclude_variant_ids ?? [])
      const usedElsewhere = new Set(
        (data as { id: string; sku: string }[])
          .filter((v) => !mine.has(v.id))
          .map((v) => v.sku)
      )
      const clash = skus.find((s) => usedElsewhere.has(s.sku))
      if (clash) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${clash.path}: "${clash.sku}" is already used by another variant`
        )
      }
    }

    return new StepResponse({ stock_location_id: locationId ?? null })
  }
)
