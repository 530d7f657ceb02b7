import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createShippingOptionsWorkflow,
  deleteShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { validateSellerShippingOptionStep } from "../steps/validate-seller-shipping-option"
import type {
  SellerShippingOptionInput,
  SellerShippingOptionUpdate,
} from "../types"
import {
  shippingOptionRateType,
  toCreateShippingOptionInput,
} from "../utils/shipping-options"
import { ensureSellerShippingWorkflow } from "./ensure-seller-shipping"

export type CreateSellerShippingOptionWorkflowInput = {
  seller_id: string
  option: SellerShippingOptionInput
}

export const createSellerShippingOptionWorkflowId =
  "marketplace-create-seller-shipping-option"

/**
 * A seller's new shipping option, on the seller's service zone with the
 * seller's shipping profile (ensured first), enabled in the store and not for
 * returns — through Medusa's createShippingOptionsWorkflow, which checks the
 * provider is linked to the seller's stock location and undoes its writes on
 * failure. Flat: manual provider, flat price. Weight: Belanjain's rate
 * provider, calculated price, the rate in the option's `data`.
 */
export const createSellerShippingOptionWorkflow = createWorkflow(
  createSellerShippingOptionWorkflowId,
  (input: CreateSellerShippingOptionWorkflowInput) => {
    const shippingInput = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
    }))
    const shipping = ensureSellerShippingWorkflow.runAsStep({
      input: shippingInput,
    })

    const validateInput = transform(
      { input, shipping },
      ({ input, shipping }) => ({ shipping, create: input.option })
    )
    validateSellerShippingOptionStep(validateInput)

    const optionsInput = transform(
      { input, shipping },
      ({ input, shipping }) => [
        toCreateShippingOptionInput(input.option, {
          service_zone_id: shipping.service_zone_id as string,
          shipping_profile_id: shipping.shipping_profile_id,
        }),
      ]
    )
    const options = createShippingOptionsWorkflow.runAsStep({
      input: optionsInput,
    })
    const option = transform({ options }, ({ options }) => ({
      id: options[0].id,
    }))
    return new WorkflowResponse(option)
  }
)

export type UpdateSellerShippingOptionWorkflowInput = {
  seller_id: string
  id: string
  update: SellerShippingOptionUpdate
}

export const updateSellerShippingOptionWorkflowId =
  "marketplace-update-seller-shipping-option"

/**
 * Renames or re-prices one of a seller's options (ownership is checked
 * before, by the /vendor middleware): a flat option's price replaces its
 * price list (same currency), a weight-based option's base/per-kg amounts
 * are merged into its `data`. Rate type and currency stay (delete and create
 * instead). Through
 * Medusa's updateShippingOptionsWorkflow, which undoes its writes on failure.
 */
export const updateSellerShippingOptionWorkflow = createWorkflow(
  updateSellerShippingOptionWorkflowId,
  (input: UpdateSellerShippingOptionWorkflowInput) => {
    const shippingInput = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
    }))
    const shipping = ensureSellerShippingWorkflow.runAsStep({
      input: shippingInput,
    })

    const validateInput = transform(
      { input, shipping },
      ({ input, shipping }) => ({
        shipping,
        update: { id: input.id, update: input.update },
      })
    )
    const current = validateSellerShippingOptionStep(validateInput)

    const updateInput = transform({ input, current }, ({ input, current }) => {
      const change = input.update
      const out: Record<string, unknown> = { id: input.id }
      if (change.name !== undefined) out.name = change.name
      const rateType = shippingOptionRateType(current ?? {})
      const data = current?.data ?? {}
      if (rateType === "weight") {
        // Always the whole rate: Medusa asks the provider whether the
        // updated option can still be priced.
        out.data = {
          ...data,
          ...(change.base_amount !== undefined
            ? { base_amount: change.base_amount }
            : {}),
          ...(change.per_kg_amount !== undefined
            ? { per_kg_amount: change.per_kg_amount }
            : {}),
        }
      } else if (change.amount !== undefined) {
        const currency =
          typeof data.currency_code === "string" ? data.currency_code : "idr"
        out.prices = [{ currency_code: currency, amount: change.amount }]
      }
      return [out as { id: string }]
    })
    updateShippingOptionsWorkflow.runAsStep({ input: updateInput })
    return new WorkflowResponse({ id: input.id })
  }
)

export const deleteSellerShippingOptionWorkflowId =
  "marketplace-delete-seller-shipping-option"

/**
 * Deletes one of a seller's options (ownership is checked before, by the
 * /vendor middleware) with Medusa's own workflow: soft delete, links removed,
 * restored on failure. Carts holding it as a method lose that method at
 * their next refresh.
 */
export const deleteSellerShippingOptionWorkflow = createWorkflow(
  deleteSellerShippingOptionWorkflowId,
  (input: { id: string }) => {
    const ids = transform({ input }, ({ input }) => ({ ids: [input.id] }))
    deleteShippingOptionsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse({ id: input.id })
  }
)
