import { MathBN } from "@medusajs/framework/utils"

type Amount = number | string | { toJSON?: () => unknown } | null | undefined

export type GroupCartItem = {
  id: string
  product_id?: string | null
  subtotal?: Amount
  total?: Amount
  [key: string]: unknown
}

export type GroupShippingMethod = {
  id: string
  shipping_option_id?: string | null
  total?: Amount
  [key: string]: unknown
}

export type GroupSeller = {
  id: string
  name: string
  handle: string
  shipping_profile_id: string | null
}

export type PricedShippingOption = {
  id: string
  name: string
  shipping_profile_id?: string | null
  [key: string]: unknown
}

export type GroupCartInput = {
  items: GroupCartItem[]
  shipping_methods: GroupShippingMethod[]
  /** product id → seller id */
  product_sellers: Record<string, string>
  sellers: GroupSeller[]
  /** shipping option id → shipping profile id, for the cart's methods */
  method_profiles: Record<string, string>
  shipping_options: PricedShippingOption[]
}

export type SellerGroup = {
  seller: { id: string; name: string; handle: string } | null
  items: GroupCartItem[]
  item_subtotal: number
  shipping_method: GroupShippingMethod | null
  shipping_total: number
  total: number
  shipping_options: PricedShippingOption[]
}

const sum = (values: Amount[]) =>
  MathBN.add(
    0,
    ...values.map((v) => MathBN.convert((v ?? 0) as number))
  ).toNumber()

/**
 * Splits a cart into one group per seller, from Medusa's own per-line totals
 * (items and shipping methods, taxes and discounts included): a seller's
 * items (through product → seller), its shipping method (through the
 * option's shipping profile → seller), their totals, and its shipping
 * options for this cart. Sellers come in the order their first item appears.
 * Items or methods without a seller (not expected in the marketplace) form a
 * last group with `seller: null`, so the group totals always add up to the
 * cart's items + shipping.
 */
export function groupCartBySeller(input: GroupCartInput): SellerGroup[] {
  const sellerById = new Map(input.sellers.map((s) => [s.id, s]))
  const sellerByProfile = new Map(
    input.sellers
      .filter((s) => s.shipping_profile_id)
      .map((s) => [s.shipping_profile_id as string, s.id])
  )

  const order: (string | null)[] = []
  const items = new Map<string | null, GroupCartItem[]>()
  const methods = new Map<string | null, GroupShippingMethod[]>()
  const touch = (key: string | null) => {
    if (!order.includes(key)) order.push(key)
  }

  for (const item of input.items) {
    const sellerId = item.product_id
      ? (input.product_sellers[item.product_id] ?? null)
      : null
    const key = sellerId && sellerById.has(sellerId) ? sellerId : null
    touch(key)
    items.set(key, [...(items.get(key) ?? []), item])
  }
  for (const method of input.shipping_methods) {
    const profile = method.shipping_option_id
      ? input.method_profiles[method.shipping_option_id]
      : undefined
    const key = (profile && sellerByProfile.get(profile)) || null
    touch(key)
    methods.set(key, [...(methods.get(key) ?? []), method])
  }

  // Sellers first, the unassigned group (if any) last.
  const keys = [
    ...order.filter((k) => k !== null),
    ...order.filter((k) => k === null),
  ]
  return keys.map((key) => {
    const seller = key ? sellerById.get(key)! : null
    const groupItems = items.get(key) ?? []
    const groupMethods = methods.get(key) ?? []
    const itemTotal = sum(groupItems.map((i) => i.total))
    const shippingTotal = sum(groupMethods.map((m) => m.total))
    return {
      seller: seller
        ? { id: seller.id, name: seller.name, handle: seller.handle }
        : null,
      items: groupItems,
      item_subtotal: sum(groupItems.map((i) => i.subtotal)),
      shipping_method: groupMethods[0] ?? null,
      shipping_total: shippingTotal,
      total: MathBN.add(itemTotal, shippingTotal).toNumber(),
      shipping_options: seller?.shipping_profile_id
        ? input.shipping_options.filter(
            (o) => o.shipping_profile_id === seller.shipping_profile_id
          )
        : [],
    }
  })
}
