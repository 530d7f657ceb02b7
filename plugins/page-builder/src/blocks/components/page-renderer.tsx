import type { ComponentType, ReactNode } from "react"
import type { BlockData, BlockType, PageContent } from "../types"
import { BannerBlock } from "./banner"
import { CategoryTilesBlock } from "./category-tiles"
import { ColumnsBlock } from "./columns"
import { HeroBlock } from "./hero"
import { ProductGridBlock } from "./product-grid"
import { RichTextBlock } from "./rich-text"
import { SellerSpotlightBlock } from "./seller-spotlight"
import { SpacerBlock } from "./spacer"
import { VoucherPackagesBlock } from "./voucher-packages"
import type { LinkComponent, ResolvedData } from "./shared"

/** The component of each block type except Columns (which needs a column renderer). */
export const blockComponents = {
  Hero: HeroBlock,
  RichText: RichTextBlock,
  Banner: BannerBlock,
  ProductGrid: ProductGridBlock,
  CategoryTiles: CategoryTilesBlock,
  SellerSpotlight: SellerSpotlightBlock,
  VoucherPackages: VoucherPackagesBlock,
  Columns: ColumnsBlock,
  Spacer: SpacerBlock,
} satisfies Record<BlockType, unknown>

/** Columns may nest; deeper content than this is not rendered (the server allows 3). */
const MAX_DEPTH = 8

export type PageRendererProps = {
  /** The page's published (or preview) content; nothing renders without it. */
  content: PageContent | null | undefined
  /** Data of the data-driven blocks, by block id (`props.id`). */
  resolved?: ResolvedData
  /** Renders internal links, e.g. Next.js's `Link`. */
  linkComponent?: LinkComponent
}

function isBlock(value: unknown): value is BlockData {
  return (
    !!value &&
    typeof value === "object" &&
    typeof (value as { type?: unknown }).type === "string" &&
    !!(value as { props?: unknown }).props &&
    typeof (value as { props?: unknown }).props === "object"
  )
}

function renderBlocks(
  blocks: unknown,
  options: Omit<PageRendererProps, "content">,
  depth: number
): ReactNode[] {
  if (!Array.isArray(blocks) || depth > MAX_DEPTH) return []
  return blocks.map((block, index) => renderBlock(block, index, options, depth))
}

function renderBlock(
  block: unknown,
  index: number,
  options: Omit<PageRendererProps, "content">,
  depth: number
): ReactNode {
  if (
    !isBlock(block) ||
    !Object.prototype.hasOwnProperty.call(blockComponents, block.type)
  ) {
    return null // unknown block types (e.g. from a newer editor) are skipped
  }
  const key = typeof block.props.id === "string" ? block.props.id : index
  const { linkComponent, resolved } = options
  if (block.type === "Columns") {
    return (
      <ColumnsBlock
        key={key}
        {...block.props}
        renderColumn={(column) => (
          <>{renderBlocks(column, options, depth + 1)}</>
        )}
      />
    )
  }
  const Component = blockComponents[block.type] as ComponentType<
    Record<string, unknown>
  >
  const data =
    (typeof block.props.id === "string" && resolved?.[block.props.id]) || {}
  return (
    <Component
      key={key}
      {...block.props}
      {...data}
      linkComponent={linkComponent}
    />
  )
}

/**
 * Renders a page's content: every block in order, Columns with their
 * children; unknown block types render nothing. No hooks, so it works in
 * React Server Components as well as on the client.
 */
export const PageRenderer = ({
  content,
  resolved,
  linkComponent,
}: PageRendererProps) => {
  if (!content || !Array.isArray(content.content)) return null
  return (
    <div data-page-content="true">
      {renderBlocks(content.content, { resolved, linkComponent }, 1)}
    </div>
  )
}
