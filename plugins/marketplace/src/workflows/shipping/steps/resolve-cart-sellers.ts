import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
} from "@medusajs/framework/utils"
import type {
  GroupCartItem,
  GroupSeller,
  GroupShippingMethod,
} from "../utils/seller-groups"

/** Line fields a storefront shows per seller, with Medusa's per-line totals. */
export const CART_GROUP_ITEM_FIELDS = [
  "id",
  "title",
  "subtitle",
  "thumbnail",
  "quantity",
  "unit_price",
  "is_tax_inclusive",
  "requires_shipping",
  "product_id",
  "product_title",
  "product_handle",
  "variant_id",
  "variant_title",
  "variant_sku",
  "subtotal",
  "tax_total",
  "discount_total",
  "total",
  "original_total",
]

export const CART_GROUP_METHOD_FIELDS = [
  "id",
  "name",
  "amount",
  "is_tax_inclusive",
  "shipping_option_id",
  "subtotal",
  "tax_total",
  "discount_total",
  "total",
]

const AMOUNT_FIELDS = new Set([
  "quantity",
  "unit_price",
  "amount",
  "subtotal",
  "tax_total",
  "discount_total",
  "total",
  "original_total",
])

/** Medusa's computed amounts are BigNumbers: plain numbers for the workflow's data. */
function withNumbers<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = { ...row }
  for (const key of Object.keys(out)) {
    const value = out[key]
    if (AMOUNT_FIELDS.has(key) && value !== null && value !== undefined) {
      out[key] = MathBN.convert(value as number).toNumber()
    }
  }
  return out as T
}

export type ResolvedCartSellers = {
  cart: {
    id: string
    currency_code: string
    total: number
    items: GroupCartItem[]
    shipping_methods: GroupShippingMethod[]
  }
  product_sellers: Record<string, string>
  sellers: GroupSeller[]
  method_profiles: Record<string, string>
  /** The cart's sellers' shipping option ids (to price for this cart). */
  option_ids: string[]
}

export const resolveCartSellersStepId = "marketplace-resolve-cart-sellers-step"

/**
 * Reads a cart with Medusa's totals and who sells each of its lines: the
 * sellers of its products (with their shipping profiles), the profiles of
 * its shipping methods' options, and the ids of those sellers' shipping
 * options. Unknown cart: 404. Writes nothing.
 */
export const resolveCartSellersStep = createStep(
  resolveCartSellersStepId,
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "currency_code",
        "total",
        ...CART_GROUP_ITEM_FIELDS.map((f) => `items.${f}`),
        ...CART_GROUP_METHOD_FIELDS.map((f) => `shipping_methods.${f}`),
      ],
      filters: { id: input.cart_id },
    })
    if (!cart) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id: ${input.cart_id} was not found`
      )
    }
    const items = ((cart.items ?? []) as (GroupCartItem | null)[])
      .filter((i): i is GroupCartItem => !!i)
      .map(withNumbers)
    const methods = (
      (cart.shipping_methods ?? []) as (GroupShippingMethod | null)[]
    )
      .filter((m): m is GroupShippingMethod => !!m)
      .map(withNumbers)

    const productIds = [
      ...new Set(items.flatMap((i) => (i.product_id ? [i.product_id] : []))),
    ]
    const product_sellers: Record<string, string> = {}
    const sellers = new Map<string, GroupSeller>()
    if (productIds.length) {
      const { data: products } = await query.graph({
        entity: "product",
        fields: [
          "id",
          "seller.id",
          "seller.name",
          "seller.handle",
          "seller.shipping_profile.id",
        ],
        filters: { id: productIds },
      })
      for (const p of products as {
        id: string
        seller?: {
          id: string
          name: string
          handle: string
          shipping_profile?: { id: string } | null
        } | null
      }[]) {
        if (!p.seller) continue
        product_sellers[p.id] = p.seller.id
        sellers.set(p.seller.id, {
          id: p.seller.id,
          name: p.seller.name,
          handle: p.seller.handle,
          shipping_profile_id: p.seller.shipping_profile?.id ?? null,
        })
      }
    }

    const methodOptionIds = [
      ...new Set(
        methods.flatMap((m) =>
          m.shipping_option_id ? [m.shipping_option_id] : []
        )
      ),
    ]
    const method_profiles: Record<string, string> = {}
    if (methodOptionIds.length) {
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "shipping_profile_id"],
        filters: { id: methodOptionIds },
      })
      for (const o of options as {
        id: string
        shipping_profile_id: string | null
      }[]) {
        if (o.shipping_profile_id) method_profiles[o.id] = o.shipping_profile_id
      }
    }

    const profileIds = [...sellers.values()].flatMap((s) =>
      s.shipping_profile_id ? [s.shipping_profile_id] : []
    )
    let option_ids: string[] = []
    if (profileIds.length) {
      const { data: options } = await query.graph({
        entity: "shipping_option",
        fields: ["id"],
        filters: { shipping_profile_id: profileIds },
      })
      option_ids = (options as { id: string }[]).map((o) => o.id)
    }

    return new StepResponse<ResolvedCartSellers>({
      cart: {
        id: cart.id,
        currency_code: cart.currency_code,
        total: MathBN.convert((cart.total ?? 0) as number).toNumber(),
        items,
        shipping_methods: methods,
      },
      product_sellers,
      sellers: [...sellers.values()],
      method_profiles,
      option_ids,
    })
  }
)
