import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { resolveCartSellersStep } from "../steps/resolve-cart-sellers"
import {
  groupCartBySeller,
  type PricedShippingOption,
} from "../utils/seller-groups"

export const getCartSellerGroupsWorkflowId =
  "marketplace-get-cart-seller-groups"

/** The fields of Medusa's priced options that a seller group shows. */
type PricedOptionRow = {
  id: string
  name: string
  price_type: string
  provider_id: string
  shipping_profile_id: string
  service_zone_id: string
  amount?: number | null
  is_tax_inclusive?: boolean
  type?: { label: string; code: string; description?: string | null } | null
  data?: { rate_type?: string } | null
}

/** What a shopper sees of a priced option in a seller group. */
const toGroupOption = (o: PricedOptionRow): PricedShippingOption => ({
  id: o.id,
  name: o.name,
  price_type: o.price_type,
  provider_id: o.provider_id,
  shipping_profile_id: o.shipping_profile_id,
  service_zone_id: o.service_zone_id,
  amount: o.amount ?? null,
  is_tax_inclusive: !!o.is_tax_inclusive,
  type: o.type
    ? {
        label: o.type.label,
        code: o.type.code,
        description: o.type.description,
      }
    : null,
  rate_type: o.data?.rate_type ?? null,
})

/**
 * The cart split per seller (read only): each seller's items, its shipping
 * method and options, and totals from Medusa's own per-line totals. The
 * options and their amounts come from Medusa's
 * listShippingOptionsForCartWithPricingWorkflow (address and rules checked,
 * calculated options priced by their provider for this cart), limited to the
 * cart's sellers' options.
 */
export const getCartSellerGroupsWorkflow = createWorkflow(
  getCartSellerGroupsWorkflowId,
  (input: { cart_id: string }) => {
    const resolved = resolveCartSellersStep({ cart_id: input.cart_id })

    const priced = when(
      "marketplace-cart-sellers-have-options",
      { resolved },
      ({ resolved }) => resolved.option_ids.length > 0
    ).then(() => {
      const listInput = transform({ resolved }, ({ resolved }) => ({
        cart_id: resolved.cart.id,
        options: resolved.option_ids.map((id) => ({ id })),
        is_return: false,
      }))
      return listShippingOptionsForCartWithPricingWorkflow.runAsStep({
        input: listInput,
      })
    })

    const result = transform({ resolved, priced }, ({ resolved, priced }) => ({
      cart_id: resolved.cart.id,
      currency_code: resolved.cart.currency_code,
      seller_groups: groupCartBySeller({
        items: resolved.cart.items,
        shipping_methods: resolved.cart.shipping_methods,
        product_sellers: resolved.product_sellers,
        sellers: resolved.sellers,
        method_profiles: resolved.method_profiles,
        shipping_options: ((priced ?? []) as unknown as PricedOptionRow[]).map(
          toGroupOption
        ),
      }),
    }))
    return new WorkflowResponse(result)
  }
)
