/** A seller's product as the /vendor API takes it (validated by zod). */
export type SellerProductPrice = { currency_code: string; amount: number }

export type SellerProductSpecification = { label: string; value: string }

export type SellerProductInput = {
  title: string
  subtitle?: string | null
  description?: string | null
  handle?: string
  status: "draft" | "published"
  thumbnail?: string | null
  images?: { url: string }[]
  category_ids?: string[]
  specifications?: SellerProductSpecification[]
  options: { title: string; values: string[] }[]
  variants: {
    title: string
    sku?: string
    options: Record<string, string>
    prices: SellerProductPrice[]
    manage_inventory: boolean
    weight?: number | null
  }[]
}

export type SellerProductUpdate = Partial<
  Omit<SellerProductInput, "options" | "variants">
> & {
  variants?: {
    id: string
    title?: string
    sku?: string | null
    weight?: number | null
    prices?: SellerProductPrice[]
  }[]
}
