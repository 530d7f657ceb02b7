export const PRODUCT_SEARCH_SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "popularity",
] as const
export type ProductSearchSort = (typeof PRODUCT_SEARCH_SORTS)[number]

export type ProductSearchFilters = {
  q?: string
  category_ids?: string[]
  seller_ids?: string[]
  seller_handles?: string[]
  /** Currency prices are shown, filtered and sorted in (null: no price). */
  currency_code?: string | null
  min_price?: number
  max_price?: number
  in_stock?: boolean
}

export type ProductSearchInput = ProductSearchFilters & {
  sort: ProductSearchSort
  limit: number
  offset: number
}

export type ProductSearchHit = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  seller: { id: string; handle: string | null; name: string | null } | null
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
  units_sold: number
  created_at: Date
}

export type ProductSearchResult = {
  products: ProductSearchHit[]
  count: number
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

export type ProductSearchDocumentInput = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  description: string | null
  status: string
  seller_id: string | null
  seller_handle: string | null
  seller_name: string | null
  seller_active: boolean
  visible: boolean
  category_ids: string[]
  in_stock: boolean
  product_created_at: Date | string
  prices: { currency_code: string; min_amount: number; max_amount: number }[]
}

export type ProductSaleLine = { product_id: string; quantity: number }
