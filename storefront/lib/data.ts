import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { authHeaders, getCartId, getRegionCookie } from "./cookies"
import { config } from "./config"
import { sdk, statusOf } from "./sdk"

/* eslint-disable @typescript-eslint/no-explicit-any -- custom routes answer JSON the SDK does not type */
type Json = Record<string, any>

export type SearchHit = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  seller: { id: string; handle: string | null; name: string | null } | null
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
}

export type SearchResult = {
  products: SearchHit[]
  count: number
  offset: number
  limit: number
  facets: {
    categories: { id: string; count: number }[]
    sellers: {
      id: string
      handle: string | null
      name: string | null
      count: number
    }[]
  }
}

export type SellerGroup = {
  seller: { id: string; name: string; handle: string } | null
  items: HttpTypes.StoreCartLineItem[]
  item_subtotal: number
  shipping_method: {
    id: string
    shipping_option_id: string
    name: string
    amount: number
  } | null
  shipping_total: number
  total: number
  shipping_options: { id: string; name: string; amount: number | null }[]
}

/** Every region; cached for the request. */
export const listRegions = cache(async () => {
  const { regions } = await sdk.store.region.list({
    fields: "id,name,currency_code,*countries,*payment_providers",
  })
  return regions
})

/** The shopper's region: the chosen one, else the default currency's, else the first. */
export const getRegion = cache(
  async (): Promise<HttpTypes.StoreRegion | null> => {
    const regions = await listRegions()
    const chosen = await getRegionCookie()
    return (
      regions.find((r) => r.id === chosen) ??
      regions.find((r) => r.currency_code === config.defaultCurrency) ??
      regions[0] ??
      null
    )
  }
)

export const listCategories = cache(async () => {
  const { product_categories } = await sdk.store.category.list({
    fields: "id,name,handle",
    limit: 100,
  })
  return product_categories
})

export type SearchParams = {
  q?: string
  category_id?: string
  seller?: string
  seller_id?: string
  min_price?: number
  max_price?: number
  in_stock?: boolean
  sort?: string
  limit?: number
  offset?: number
}

export async function searchProducts(
  params: SearchParams,
  regionId?: string
): Promise<SearchResult> {
  const query: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === "" || v === false) continue
    query[k] = v === true ? "true" : (v as string | number)
  }
  if (regionId) query.region_id = regionId
  return sdk.client.fetch<SearchResult>("/store/products/search", { query })
}

/** Products bought in the same checkouts as this one (from real orders), most often first. */
export async function getBoughtTogether(
  productId: string,
  regionId: string,
  limit = 4
): Promise<SearchHit[]> {
  const { products } = await sdk.client.fetch<{ products: SearchHit[] }>(
    `/store/products/${productId}/bought-together`,
    { query: { region_id: regionId, limit } }
  )
  return products
}

const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "*options",
  "*options.values",
  "*variants",
  "*variants.options",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "*seller",
  "+rating",
].join(",")

export async function getProductByHandle(handle: string, regionId: string) {
  const { products } = await sdk.store.product.list({
    handle,
    region_id: regionId,
    fields: PRODUCT_FIELDS,
    limit: 1,
  })
  return products[0] ?? null
}

export async function getProductReviews(productId: string) {
  return sdk.client.fetch<{
    reviews: Json[]
    count: number
    rating: { average: number | null; count: number }
  }>(`/store/products/${productId}/reviews`, { query: { limit: 20 } })
}

export async function getSeller(handle: string) {
  try {
    return await sdk.client.fetch<{ seller: Json }>(
      `/store/sellers/${encodeURIComponent(handle)}`,
      {
        query: { limit: 1 },
      }
    )
  } catch (e) {
    if (statusOf(e) === 404) return null
    throw e
  }
}

export async function listSellers() {
  return sdk.client.fetch<{ sellers: Json[] }>("/store/sellers", {
    query: { limit: 100 },
  })
}

export async function getPage(slug: string) {
  try {
    const { page } = await sdk.client.fetch<{ page: Json }>(
      `/store/pages/${encodeURIComponent(slug)}`
    )
    return page
  } catch (e) {
    const status = statusOf(e)
    if (status === 404 || status === 400) return null
    throw e
  }
}

const CART_FIELDS =
  "id,email,currency_code,region_id,total,subtotal,item_subtotal,shipping_total,tax_total,discount_total,*items,*items.variant,*items.product,*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions,customer_id,completed_at"

/** The shopper's open cart, or null (none, completed, or gone). */
export async function getCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(
      id,
      { fields: CART_FIELDS },
      await authHeaders()
    )
    return cart.completed_at ? null : cart
  } catch (e) {
    if (statusOf(e) === 404) return null
    throw e
  }
}

export async function getSellerGroups(cartId: string) {
  const { seller_groups } = await sdk.client.fetch<{
    seller_groups: SellerGroup[]
  }>(`/store/carts/${cartId}/seller-groups`, { headers: await authHeaders() })
  return seller_groups
}

export async function listPaymentProviders(regionId: string) {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({
    region_id: regionId,
  })
  return payment_providers
}

/** The signed-in customer, or null. */
export const getCustomer = cache(async () => {
  const headers = await authHeaders()
  if (!headers.authorization) return null
  try {
    const { customer } = await sdk.store.customer.retrieve(
      { fields: "*addresses" },
      headers
    )
    return customer
  } catch (e) {
    const status = statusOf(e)
    if (status === 401 || status === 403 || status === 404) return null
    throw e
  }
})

/** The signed-in shopper's checkouts, newest first, each with its per-seller orders. */
export async function listOrderGroups() {
  const { order_groups } = await sdk.client.fetch<{ order_groups: Json[] }>(
    "/store/order-groups",
    {
      headers: await authHeaders(),
      query: { limit: 20 },
    }
  )
  return order_groups
}

export async function getOrderGroup(id: string) {
  try {
    const { order_group } = await sdk.client.fetch<{ order_group: Json }>(
      `/store/order-groups/${id}`,
      {
        headers: await authHeaders(),
      }
    )
    return order_group
  } catch (e) {
    const status = statusOf(e)
    if (status === 404 || status === 401) return null
    throw e
  }
}

export async function listMyReviews() {
  const { reviews } = await sdk.client.fetch<{ reviews: Json[] }>(
    "/store/reviews/me",
    {
      headers: await authHeaders(),
    }
  )
  return reviews
}

export async function listVoucherPackages() {
  const { voucher_packages } = await sdk.client.fetch<{
    voucher_packages: Json[]
  }>("/store/voucher-packages")
  return voucher_packages
}

/**
 * The voucher packages with each one's price in the shopper's region (from
 * its product variant; `price` is null when the variant has none there).
 */
export async function listVoucherPackagesWithPrices(): Promise<
  (Json & { price: { amount: number; currency_code: string } | null })[]
> {
  const [packages, region] = await Promise.all([
    listVoucherPackages(),
    getRegion(),
  ])
  const variantIds = packages.map((p) => p.variant_id).filter(Boolean)
  const prices = new Map<string, { amount: number; currency_code: string }>()
  if (variantIds.length && region) {
    const { variants } = await sdk.client
      .fetch<{ variants: Json[] }>("/store/product-variants", {
        query: {
          id: variantIds,
          region_id: region.id,
          fields: "id,*calculated_price",
        },
      })
      .catch(() => ({ variants: [] as Json[] }))
    for (const v of variants) {
      if (v.calculated_price)
        prices.set(v.id, {
          amount: v.calculated_price.calculated_amount,
          currency_code: v.calculated_price.currency_code,
        })
    }
  }
  return packages.map((p) => ({
    ...p,
    price: prices.get(p.variant_id) ?? null,
  }))
}

/** Voucher purchases of one of the shopper's orders (codes once created on the router). */
export async function getOrderVouchers(orderId: string) {
  const res = await sdk.client.fetch<{ purchases: Json[] }>(
    `/store/orders/${orderId}/vouchers`,
    {
      headers: await authHeaders(),
    }
  )
  return res.purchases ?? []
}
