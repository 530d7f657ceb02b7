import type { Config, CustomField, Fields, Slot } from "@puckeditor/core"
import {
  BannerBlock,
  CategoryTilesBlock,
  ColumnsBlock,
  DEFAULT_PRODUCT_LIMIT,
  HeroBlock,
  ProductGridBlock,
  RichTextBlock,
  SellerSpotlightBlock,
  SpacerBlock,
  VoucherPackagesBlock,
  type BlockLinkProps,
} from "../../blocks"
import type {
  BannerProps,
  CategoryTilesProps,
  ColumnsProps,
  HeroProps,
  ProductGridProps,
  ProductGridSource,
  RichTextProps,
  SellerSpotlightProps,
  SpacerProps,
  VoucherPackagesProps,
} from "../../blocks/types"
import { IdListField } from "../components/id-list-field"

/**
 * The props Puck edits per block: exactly `blocks/types.ts`, except that
 * Columns' `left` / `right` are Puck slots (saved as `BlockData[]`, which
 * is the same shape).
 */
export type PuckBlockProps = {
  Hero: HeroProps
  RichText: RichTextProps
  Banner: BannerProps
  ProductGrid: ProductGridProps
  CategoryTiles: CategoryTilesProps
  SellerSpotlight: SellerSpotlightProps
  VoucherPackages: VoucherPackagesProps
  Columns: Omit<ColumnsProps, "left" | "right"> & { left: Slot; right: Slot }
  Spacer: SpacerProps
}

export type PagePuckConfig = Config<PuckBlockProps>

/** Links in the editor canvas do not navigate (the canvas is for editing). */
const EditorLink = ({ href, children, style, className }: BlockLinkProps) => (
  <a
    href={href}
    style={style}
    className={className}
    onClick={(e) => e.preventDefault()}
  >
    {children}
  </a>
)

/** Drops what Puck adds to render props, leaving the block's own props. */
function own<P extends { puck?: unknown; editMode?: unknown }>(props: P) {
  const { puck: _puck, editMode: _editMode, ...rest } = props
  return rest
}

/**
 * Starting values for a block's optional texts, set once when it is dropped
 * in. Not `defaultProps`: Puck also shows those whenever a prop is absent,
 * so a title the operator cleared would still show in the editor (but not
 * in the store).
 */
function onInsert<P extends object>(initial: Partial<P>) {
  return <D extends { props: P }>(data: D, params: { trigger: string }) =>
    params.trigger === "insert"
      ? { ...data, props: { ...initial, ...data.props } }
      : data
}

const alignOptions = [
  { label: "Left", value: "left" },
  { label: "Center", value: "center" },
]

/** A `string[]` of ids (required or optional prop), typed one per line. */
function idList<T extends string[] | undefined>(
  label: string,
  placeholder: string
): CustomField<T> {
  return {
    type: "custom",
    label,
    render: ({ id, name, value, onChange, readOnly }) => (
      <IdListField
        id={id || name}
        label={label}
        placeholder={placeholder}
        value={value}
        onChange={(ids) => onChange(ids as T)}
        readOnly={readOnly}
      />
    ),
  }
}

const SOURCE_OPTIONS: { label: string; value: ProductGridSource }[] = [
  { label: "Category", value: "category" },
  { label: "Collection", value: "collection" },
  { label: "Seller", value: "seller" },
  { label: "Handpicked products", value: "handpicked" },
]

const LIMIT_OPTIONS = [
  { label: `Default (${DEFAULT_PRODUCT_LIMIT})`, value: undefined },
  ...[4, 6, 8, 12, 16, 20, 24].map((n) => ({ label: String(n), value: n })),
]

const productGridFields = {
  title: { type: "text", label: "Title" },
  source: { type: "select", label: "Products from", options: SOURCE_OPTIONS },
  category_id: {
    type: "text",
    label: "Category id",
    placeholder: "pcat_…",
  },
  collection_id: {
    type: "text",
    label: "Collection id",
    placeholder: "pcol_…",
  },
  seller_id: { type: "text", label: "Seller id", placeholder: "sel_…" },
  product_ids: idList("Product ids (one per line)", "prod_…"),
  limit: { type: "select", label: "Up to", options: LIMIT_OPTIONS },
} satisfies Fields<ProductGridProps>

/** The id field that belongs to each source (the others are hidden). */
const SOURCE_FIELD = {
  category: "category_id",
  collection: "collection_id",
  seller: "seller_id",
  handpicked: "product_ids",
} as const satisfies Record<ProductGridSource, keyof ProductGridProps>

/** The Puck editor's configuration: one component per block type. */
export const puckConfig: PagePuckConfig = {
  // The page's title and SEO fields are edited in Settings, not in Puck.
  root: { fields: {} },
  categories: {
    content: {
      title: "Content",
      components: ["Hero", "RichText", "Banner"],
    },
    commerce: {
      title: "Commerce",
      components: [
        "ProductGrid",
        "CategoryTiles",
        "SellerSpotlight",
        "VoucherPackages",
      ],
    },
    layout: { title: "Layout", components: ["Columns", "Spacer"] },
  },
  components: {
    Hero: {
      label: "Hero",
      fields: {
        title: { type: "text", label: "Title" },
        subtitle: { type: "textarea", label: "Subtitle" },
        image_url: {
          type: "text",
          label: "Background image URL",
          placeholder: "https://… or /images/…",
        },
        cta_label: { type: "text", label: "Button label" },
        cta_href: {
          type: "text",
          label: "Button link",
          placeholder: "/store or https://…",
        },
        align: { type: "radio", label: "Alignment", options: alignOptions },
      },
      defaultProps: { title: "Your headline here", align: "center" },
      render: (props) => (
        <HeroBlock {...own(props)} linkComponent={EditorLink} />
      ),
    },
    RichText: {
      label: "Rich text",
      fields: {
        heading: { type: "text", label: "Heading" },
        body: {
          type: "textarea",
          label: "Text (blank line = new paragraph)",
        },
        align: { type: "radio", label: "Alignment", options: alignOptions },
      },
      defaultProps: { body: "Write your text here.", align: "left" },
      render: (props) => <RichTextBlock {...own(props)} />,
    },
    Banner: {
      label: "Banner",
      fields: {
        image_url: {
          type: "text",
          label: "Image URL",
          placeholder: "https://… or /images/…",
        },
        alt: { type: "text", label: "Image description (alt text)" },
        href: {
          type: "text",
          label: "Link",
          placeholder: "/store or https://…",
        },
        caption: { type: "text", label: "Caption" },
      },
      defaultProps: { image_url: "", alt: "" },
      render: (props) => (
        <BannerBlock {...own(props)} linkComponent={EditorLink} />
      ),
    },
    ProductGrid: {
      label: "Product grid",
      fields: productGridFields,
      resolveFields: (data) => {
        const source = data.props.source ?? "category"
        const idField = SOURCE_FIELD[source] ?? "category_id"
        return {
          title: productGridFields.title,
          source: productGridFields.source,
          [idField]: productGridFields[idField],
          limit: productGridFields.limit,
        }
      },
      defaultProps: { source: "category" },
      resolveData: onInsert<ProductGridProps>({ title: "Featured products" }),
      render: (props) => (
        <ProductGridBlock {...own(props)} linkComponent={EditorLink} />
      ),
    },
    CategoryTiles: {
      label: "Category tiles",
      fields: {
        title: { type: "text", label: "Title" },
        category_ids: idList("Category ids (one per line)", "pcat_…"),
      },
      defaultProps: { category_ids: [] },
      resolveData: onInsert<CategoryTilesProps>({ title: "Shop by category" }),
      render: (props) => (
        <CategoryTilesBlock {...own(props)} linkComponent={EditorLink} />
      ),
    },
    SellerSpotlight: {
      label: "Seller spotlight",
      fields: {
        title: { type: "text", label: "Title" },
        seller_id: { type: "text", label: "Seller id", placeholder: "sel_…" },
      },
      defaultProps: { seller_id: "" },
      resolveData: onInsert<SellerSpotlightProps>({
        title: "Seller spotlight",
      }),
      render: (props) => (
        <SellerSpotlightBlock {...own(props)} linkComponent={EditorLink} />
      ),
    },
    VoucherPackages: {
      label: "Voucher packages",
      fields: {
        title: { type: "text", label: "Title" },
        package_ids: idList(
          "Package ids (one per line; empty = all active)",
          "vpkg_…"
        ),
      },
      resolveData: onInsert<VoucherPackagesProps>({ title: "WiFi vouchers" }),
      render: (props) => (
        <VoucherPackagesBlock {...own(props)} linkComponent={EditorLink} />
      ),
    },
    Columns: {
      label: "Columns",
      fields: {
        ratio: {
          type: "select",
          label: "Column widths",
          options: [
            { label: "Equal (1:1)", value: "1:1" },
            { label: "Narrow left (1:2)", value: "1:2" },
            { label: "Wide left (2:1)", value: "2:1" },
          ],
        },
        left: { type: "slot", label: "Left column" },
        right: { type: "slot", label: "Right column" },
      },
      defaultProps: { ratio: "1:1", left: [], right: [] },
      render: ({ id, ratio, left, right }) => (
        <ColumnsBlock
          id={id}
          ratio={ratio}
          left={left}
          right={right}
          renderColumn={(Column) => (
            <Column minEmptyHeight={96} style={{ flex: 1 }} />
          )}
        />
      ),
    },
    Spacer: {
      label: "Spacer",
      fields: {
        size: {
          type: "select",
          label: "Size",
          options: [
            { label: "Small", value: "sm" },
            { label: "Medium", value: "md" },
            { label: "Large", value: "lg" },
            { label: "Extra large", value: "xl" },
          ],
        },
      },
      defaultProps: { size: "md" },
      render: (props) => <SpacerBlock {...own(props)} />,
    },
  },
}
