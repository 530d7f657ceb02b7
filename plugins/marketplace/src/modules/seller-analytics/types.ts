/** One seller's figures of one day (store time), in one currency. */
export type SellerDayFigures = {
  seller_id: string
  day: string
  currency_code: string
  orders: number
  revenue: number
  commission: number
}

/** One product's figures of one day for its seller, in one currency. */
export type ProductDayFigures = {
  seller_id: string
  product_id: string
  product_title: string | null
  day: string
  currency_code: string
  units: number
  revenue: number
}

/** A product's units and revenue summed over a range of days. */
export type ProductTotals = {
  seller_id: string
  product_id: string
  title: string | null
  units: number
  revenue: number
}

/** Which rollup rows a read covers: days `from`..`to` (inclusive, `YYYY-MM-DD`). */
export type SalesDayRange = {
  from: string
  to: string
  currency_code: string
  /** Only these sellers; all sellers when absent. */
  seller_ids?: string[]
}

/** Replaces every row of `days` (of `seller_ids`, or of every seller) with the given rows. */
export type ReplaceSalesDaysInput = {
  days: string[]
  seller_ids?: string[]
  sellers: SellerDayFigures[]
  products: ProductDayFigures[]
}
