import type { ProductGridProps } from "../types"
import {
  BlockLink,
  BlockSection,
  cardGridStyle,
  cardStyle,
  colors,
  ImageBox,
  listIds,
  mutedTextStyle,
  Placeholder,
  type BlockProduct,
  type BlockRenderOptions,
} from "./shared"

/** How many products a grid shows when its `limit` is not set. */
export const DEFAULT_PRODUCT_LIMIT = 8

export type ProductGridBlockProps = ProductGridProps & {
  id?: string
  /** The products to show; without it the block shows a placeholder. */
  products?: BlockProduct[]
} & BlockRenderOptions

/** What the grid will show, e.g. "category pcat_123, up to 8 products". */
export function describeProductSource(props: ProductGridProps): string {
  const limit = props.limit ?? DEFAULT_PRODUCT_LIMIT
  const upTo = `up to ${limit} product${limit === 1 ? "" : "s"}`
  switch (props.source) {
    case "category":
      return `category ${props.category_id || "(not chosen)"}, ${upTo}`
    case "collection":
      return `collection ${props.collection_id || "(not chosen)"}, ${upTo}`
    case "seller":
      return `seller ${props.seller_id || "(not chosen)"}, ${upTo}`
    case "handpicked":
      return `handpicked: ${listIds(props.product_ids)}`
    default:
      return upTo
  }
}

export const ProductCard = ({
  product,
  linkComponent,
}: { product: BlockProduct } & BlockRenderOptions) => (
  <BlockLink
    href={product.href ?? `/products/${product.handle}`}
    linkComponent={linkComponent}
    style={cardStyle}
  >
    <ImageBox src={product.thumbnail} alt={product.title} />
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        gap: 4,
        padding: 12,
      }}
    >
      <span style={{ fontSize: 15, fontWeight: 600, lineHeight: 1.35 }}>
        {product.title}
      </span>
      {product.seller_name ? (
        <span style={{ ...mutedTextStyle, fontSize: 13 }}>
          {product.seller_name}
        </span>
      ) : null}
      {product.price_label ? (
        <span style={{ fontSize: 15, fontWeight: 700, color: colors.accent }}>
          {product.price_label}
        </span>
      ) : null}
    </div>
  </BlockLink>
)

/** Products of a category, collection or seller, or a handpicked list. */
export const ProductGridBlock = ({
  id,
  title,
  products,
  linkComponent,
  ...source
}: ProductGridBlockProps) => (
  <BlockSection type="ProductGrid" id={id} title={title}>
    {!products ? (
      <Placeholder
        label="Product grid"
        detail={describeProductSource(source)}
      />
    ) : products.length === 0 ? (
      <p style={mutedTextStyle}>No products to show yet.</p>
    ) : (
      <ul style={cardGridStyle(180)}>
        {(source.limit ? products.slice(0, source.limit) : products).map(
          (product) => (
            <li key={product.id} style={{ margin: 0 }}>
              <ProductCard product={product} linkComponent={linkComponent} />
            </li>
          )
        )}
      </ul>
    )}
  </BlockSection>
)
