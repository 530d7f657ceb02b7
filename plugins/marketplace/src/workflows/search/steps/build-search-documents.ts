import type { ProductSearchDocumentInput } from "../../../modules/product-search/types"

/** The product graph the read model is computed from (query.graph fields). */
export const SEARCH_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "description",
  "status",
  "created_at",
  "categories.id",
  "sales_channels.id",
  "seller.id",
  "seller.handle",
  "seller.name",
  "seller.status",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Num = number | string | { numeric?: number } | null | undefined

/** Quantities and amounts may come back as numbers, strings or BigNumber objects. */
export const num = (v: Num | unknown): number => {
  if (v === null || v === undefined) return 0
  if (typeof v === "object" && "numeric" in (v as object))
    return Number((v as { numeric: number }).numeric)
  return Number(v)
}

export type SearchProductGraph = {
  id: string
  title: string
  subtitle?: string | null
  handle: string
  thumbnail?: string | null
  description?: string | null
  status: string
  created_at: Date | string
  categories?: ({ id: string } | null)[] | null
  sales_channels?: ({ id: string } | null)[] | null
  seller?: { id: string; handle: string; name: string; status: string } | null
  variants?:
    | ({
        id: string
        manage_inventory?: boolean | null
        allow_backorder?: boolean | null
        prices?:
          | ({
              amount: Num
              currency_code: string
              rules_count?: number | null
              price_list_id?: string | null
            } | null)[]
          | null
        inventory_items?:
          | ({
              required_quantity?: Num
              inventory?: {
                location_levels?:
                  | ({ stocked_quantity: Num; reserved_quantity: Num } | null)[]
                  | null
              } | null
            } | null)[]
          | null
      } | null)[]
    | null
}

/** Can at least one unit of the variant be sold right now? */
function variantInStock(
  v: NonNullable<NonNullable<SearchProductGraph["variants"]>[number]>
): boolean {
  if (!v.manage_inventory || v.allow_backorder) return true
  const items = (v.inventory_items ?? []).filter(Boolean)
  if (!items.length) return false
  // A variant made of several inventory items sells as many as its scarcest part allows.
  return items.every((item) => {
    const available = (item!.inventory?.location_levels ?? []).reduce(
      (sum, l) => sum + num(l?.stocked_quantity) - num(l?.reserved_quantity),
      0
    )
    return available >= Math.max(1, num(item!.required_quantity))
  })
}

/**
 * One read-model document from a product graph. Visible = published, in the
 * store's default sales channel, and sold by an active seller (or by no seller).
 * Prices: base prices only (no rules, no price list), min/max per currency.
 */
export function buildSearchDocument(
  p: SearchProductGraph,
  defaultSalesChannelId: string | null
): ProductSearchDocumentInput {
  const seller = p.seller ?? null
  const sellerActive = seller ? seller.status === "active" : false
  const inDefaultChannel =
    !!defaultSalesChannelId &&
    (p.sales_channels ?? []).some((sc) => sc?.id === defaultSalesChannelId)

  const prices = new Map<string, { min: number; max: number }>()
  for (const v of p.variants ?? []) {
    for (const price of v?.prices ?? []) {
      if (!price || price.price_list_id || num(price.rules_count) > 0) continue
      const code = price.currency_code.toLowerCase()
      const amount = num(price.amount)
      const cur = prices.get(code)
      prices.set(code, {
        min: Math.min(cur?.min ?? amount, amount),
        max: Math.max(cur?.max ?? amount, amount),
      })
    }
  }

  return {
    id: p.id,
    title: p.title,
    subtitle: p.subtitle ?? null,
    handle: p.handle,
    thumbnail: p.thumbnail ?? null,
    description: p.description ?? null,
    status: p.status,
    seller_id: seller?.id ?? null,
    seller_handle: seller?.handle ?? null,
    seller_name: seller?.name ?? null,
    seller_active: sellerActive,
    visible:
      p.status === "published" && inDefaultChannel && (!seller || sellerActive),
    category_ids: (p.categories ?? [])
      .filter((c): c is { id: string } => !!c)
      .map((c) => c.id),
    in_stock: (p.variants ?? []).some((v) => !!v && variantInStock(v)),
    product_created_at: p.created_at,
    prices: [...prices].map(([currency_code, { min, max }]) => ({
      currency_code,
      min_amount: min,
      max_amount: max,
    })),
  }
}
