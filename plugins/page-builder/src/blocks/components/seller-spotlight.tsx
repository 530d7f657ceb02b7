import type { SellerSpotlightProps } from "../types"
import { ProductCard } from "./product-grid"
import {
  BlockLink,
  BlockSection,
  cardGridStyle,
  colors,
  mutedTextStyle,
  Placeholder,
  type BlockProduct,
  type BlockRenderOptions,
  type BlockSeller,
} from "./shared"

export type SellerSpotlightBlockProps = SellerSpotlightProps & {
  id?: string
  /** The seller; without it (undefined) the block shows a placeholder. */
  seller?: BlockSeller | null
  /** A few of the seller's products, shown under the seller. */
  products?: BlockProduct[]
} & BlockRenderOptions

/** One seller: logo, name, description, a link to the shop, a few products. */
export const SellerSpotlightBlock = ({
  id,
  title,
  seller_id,
  seller,
  products,
  linkComponent,
}: SellerSpotlightBlockProps) => (
  <BlockSection type="SellerSpotlight" id={id} title={title}>
    {seller === undefined ? (
      <Placeholder
        label="Seller spotlight"
        detail={`seller ${seller_id || "(not chosen)"}`}
      />
    ) : seller === null ? (
      <p style={mutedTextStyle}>This seller is not available.</p>
    ) : (
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div
          style={{
            display: "flex",
            flexWrap: "wrap",
            alignItems: "center",
            gap: 16,
            padding: 16,
            border: `1px solid ${colors.border}`,
            borderRadius: 8,
            background: colors.surface,
          }}
        >
          <div
            style={{
              flex: "0 0 auto",
              width: 72,
              height: 72,
              borderRadius: "50%",
              overflow: "hidden",
              background: colors.border,
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              fontSize: 28,
              fontWeight: 700,
              color: colors.muted,
            }}
          >
            {seller.logo_url ? (
              <img
                src={seller.logo_url}
                alt=""
                loading="lazy"
                style={{ width: "100%", height: "100%", objectFit: "cover" }}
              />
            ) : (
              seller.name.slice(0, 1).toUpperCase()
            )}
          </div>
          <div style={{ flex: "1 1 240px", minWidth: 0 }}>
            <p style={{ margin: 0, fontSize: 20, fontWeight: 700 }}>
              {seller.name}
            </p>
            {seller.description ? (
              <p style={{ ...mutedTextStyle, marginTop: 4 }}>
                {seller.description}
              </p>
            ) : null}
          </div>
          <BlockLink
            href={seller.href ?? `/sellers/${seller.handle}`}
            linkComponent={linkComponent}
            style={{
              padding: "10px 20px",
              borderRadius: 8,
              background: colors.accent,
              color: colors.accentText,
              fontSize: 15,
              fontWeight: 600,
              textDecoration: "none",
            }}
          >
            Visit shop
          </BlockLink>
        </div>
        {products && products.length > 0 ? (
          <ul style={cardGridStyle(180)}>
            {products.map((product) => (
              <li key={product.id} style={{ margin: 0 }}>
                <ProductCard product={product} linkComponent={linkComponent} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    )}
  </BlockSection>
)
