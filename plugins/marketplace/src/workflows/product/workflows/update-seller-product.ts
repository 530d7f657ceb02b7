import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { resolveProductHandlesStep } from "../steps/resolve-product-handles"
import { validateSellerProductInputStep } from "../steps/validate-seller-product-input"
import type { SellerProductUpdate } from "../types"
import { SellerProductEvents, type EventActor } from "../../../types"
import { priceChanges, type VariantPrices } from "../utils/price-changes"
import { ensureSellerShippingWorkflow } from "../../shipping/workflows/ensure-seller-shipping"

export type UpdateSellerProductWorkflowInput = {
  seller_id: string
  id: string
  update: SellerProductUpdate
  /** Who changes it (the seller member); recorded in the events. */
  actor?: EventActor
}

export const updateSellerProductWorkflowId = "marketplace-update-seller-product"

/**
 * Updates one of a seller's products (ownership is checked before, by the
 * /vendor middleware): its own fields, categories, images, specifications
 * (replacing the ordered list in metadata.specifications, other metadata kept),
 * status draft/published, and existing variants' title, sku, weight and prices;
 * the product is (re)assigned the seller's own shipping profile (created
 * first when missing: `marketplace-ensure-seller-shipping`), which moves
 * products made before seller profiles existed off the store default —
 * composed from Medusa's `updateProductsWorkflow` and
 * `updateProductVariantsWorkflow`, which undo their writes on failure.
 * Emits `seller_product.prices_changed` for each variant whose prices changed
 * (before and after, for the audit log).
 */
export const updateSellerProductWorkflow = createWorkflow(
  updateSellerProductWorkflowId,
  (input: UpdateSellerProductWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "metadata", "variants.id", "shipping_profile.id"],
      filters: { id: input.id },
    }).config({ name: "marketplace-get-seller-product" })

    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "status"],
      filters: { id: input.seller_id },
    }).config({ name: "marketplace-get-product-seller" })

    const validateInput = transform(
      { input, products, sellers },
      ({ input, products, sellers }) => ({
        seller: sellers[0] ?? null,
        category_ids: input.update.category_ids ?? [],
        skus: (input.update.variants ?? []).flatMap((v, i) =>
          v.sku ? [{ path: `variants[${i}].sku`, sku: v.sku }] : []
        ),
        exclude_variant_ids: (input.update.variants ?? []).map((v) => v.id),
        variant_ids: {
          existing: (
            (products[0] as { variants?: { id: string }[] } | undefined)
              ?.variants ?? []
          ).map((v) => v.id),
          requested: (input.update.variants ?? []).map((v) => v.id),
        },
      })
    )
    validateSellerProductInputStep(validateInput)

    // Only a handle the seller sends is checked (a new title keeps the handle).
    const handleInput = transform({ input }, ({ input }) => ({
      products: input.update.handle ? [{ handle: input.update.handle }] : [],
      exclude_id: input.id,
    }))
    resolveProductHandlesStep(handleInput)

    const shippingInput = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
    }))
    const shipping = ensureSellerShippingWorkflow.runAsStep({
      input: shippingInput,
    })

    const productUpdate = transform(
      { input, products, shipping },
      ({ input, products, shipping }) => {
        const { variants: _variants, specifications, ...fields } = input.update
        const update: Record<string, unknown> = {}
        const current = (
          products[0] as { shipping_profile?: { id: string } | null }
        )?.shipping_profile?.id
        if (current !== shipping.shipping_profile_id) {
          update.shipping_profile_id = shipping.shipping_profile_id
        }
        for (const [key, value] of Object.entries(fields)) {
          if (value !== undefined) update[key] = value
        }
        if (specifications) {
          update.metadata = {
            ...((products[0]?.metadata as Record<string, unknown>) ?? {}),
            specifications,
          }
        }
        return { selector: { id: input.id }, update }
      }
    )
    updateProductsWorkflow.runAsStep({ input: productUpdate })

    const variantUpdates = transform({ input }, ({ input }) =>
      (input.update.variants ?? []).map((v) => {
        const out: Record<string, unknown> = { id: v.id }
        for (const key of ["title", "sku", "weight", "prices"] as const) {
          if (v[key] !== undefined) out[key] = v[key]
        }
        return out as { id: string }
      })
    )
    const pricedVariantIds = transform({ input }, ({ input }) =>
      (input.update.variants ?? []).flatMap((v) => (v.prices ? [v.id] : []))
    )
    const pricesBefore = when(
      "marketplace-read-prices-before",
      { pricedVariantIds },
      ({ pricedVariantIds }) => pricedVariantIds.length > 0
    ).then(() => {
      const { data } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "prices.amount", "prices.currency_code"],
        filters: { id: pricedVariantIds },
      }).config({ name: "marketplace-get-variant-prices-before" })
      return data
    })

    when(
      { variantUpdates },
      ({ variantUpdates }) => variantUpdates.length > 0
    ).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: { product_variants: variantUpdates },
      })
    })

    when(
      "marketplace-emit-price-changes",
      { pricedVariantIds },
      ({ pricedVariantIds }) => pricedVariantIds.length > 0
    ).then(() => {
      const { data: pricesAfter } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "prices.amount", "prices.currency_code"],
        filters: { id: pricedVariantIds },
      }).config({ name: "marketplace-get-variant-prices-after" })

      const events = transform(
        { input, pricesBefore, pricesAfter },
        ({ input, pricesBefore, pricesAfter }) =>
          priceChanges(
            (pricesBefore ?? []) as VariantPrices[],
            pricesAfter as VariantPrices[]
          ).map((change) => ({
            id: change.variant_id,
            product_id: input.id,
            seller_id: input.seller_id,
            actor: input.actor ?? null,
            changes: { prices: { from: change.from, to: change.to } },
          }))
      )
      emitEventStep({
        eventName: SellerProductEvents.PRICES_CHANGED,
        data: events,
      }).config({ name: "marketplace-emit-prices-changed" })
    })

    return new WorkflowResponse({ id: input.id })
  }
)
