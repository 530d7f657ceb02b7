/**
 * Page content: Puck's data shape (https://puckeditor.com/docs/api-reference/data).
 * Every block is `{ type, props }` with a unique `props.id`; the Columns
 * block holds other blocks in its `left` / `right` slots.
 * Shared by the server (validation), the admin editor and the storefront.
 */

export const BLOCK_TYPES = [
  "Hero",
  "RichText",
  "Banner",
  "ProductGrid",
  "CategoryTiles",
  "SellerSpotlight",
  "VoucherPackages",
  "Columns",
  "Spacer",
] as const
export type BlockType = (typeof BLOCK_TYPES)[number]

export type HeroProps = {
  title: string
  subtitle?: string
  image_url?: string
  cta_label?: string
  cta_href?: string
  align?: "left" | "center"
}
export type RichTextProps = {
  heading?: string
  /** Plain text; blank lines separate paragraphs (never rendered as HTML). */
  body: string
  align?: "left" | "center"
}
export type BannerProps = {
  image_url: string
  alt: string
  href?: string
  caption?: string
}
export type ProductGridSource =
  "category" | "collection" | "seller" | "handpicked"
export type ProductGridProps = {
  title?: string
  source: ProductGridSource
  category_id?: string
  collection_id?: string
  seller_id?: string
  product_ids?: string[]
  limit?: number
}
export type CategoryTilesProps = { title?: string; category_ids: string[] }
export type SellerSpotlightProps = { title?: string; seller_id: string }
export type VoucherPackagesProps = { title?: string; package_ids?: string[] }
export type ColumnsProps = {
  ratio?: "1:1" | "1:2" | "2:1"
  left: BlockData[]
  right: BlockData[]
}
export type SpacerProps = { size?: "sm" | "md" | "lg" | "xl" }

export type BlockPropsMap = {
  Hero: HeroProps
  RichText: RichTextProps
  Banner: BannerProps
  ProductGrid: ProductGridProps
  CategoryTiles: CategoryTilesProps
  SellerSpotlight: SellerSpotlightProps
  VoucherPackages: VoucherPackagesProps
  Columns: ColumnsProps
  Spacer: SpacerProps
}

export type BlockData<T extends BlockType = BlockType> = {
  [K in T]: { type: K; props: BlockPropsMap[K] & { id: string } }
}[T]

export type PageContent = {
  root: { props?: { title?: string } }
  content: BlockData[]
  /** Puck's legacy drop zones; always empty here (Columns use slots). */
  zones?: Record<string, BlockData[]>
}

export const EMPTY_CONTENT: PageContent = { root: { props: {} }, content: [] }
