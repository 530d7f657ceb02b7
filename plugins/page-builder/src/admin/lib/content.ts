import type { Data } from "@puckeditor/core"
import {
  EMPTY_CONTENT,
  type BlockData,
  type PageContent,
} from "../../blocks/types"

/** What a page's content looks like to Puck (the same shape: Puck's data). */
export function toPuckData(content: PageContent | null | undefined): Data {
  const source = content ?? EMPTY_CONTENT
  return {
    root: { props: { ...(source.root?.props ?? {}) } },
    content: Array.isArray(source.content)
      ? (source.content as Data["content"])
      : [],
  }
}

const PRODUCT_SOURCE_FIELDS = [
  "category_id",
  "collection_id",
  "seller_id",
  "product_ids",
] as const
const PRODUCT_SOURCE_FIELD: Record<string, string> = {
  category: "category_id",
  collection: "collection_id",
  seller: "seller_id",
  handpicked: "product_ids",
}

function isEmpty(value: unknown) {
  return value === undefined || value === null || value === ""
}

function cleanProps(type: string, props: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(props)) {
    if (key === "id" || !isEmpty(value)) out[key] = value
  }
  if (type === "ProductGrid") {
    // Only the id of the chosen source is kept (the others are hidden fields).
    const keep = PRODUCT_SOURCE_FIELD[String(out.source)]
    for (const field of PRODUCT_SOURCE_FIELDS) {
      if (field !== keep) delete out[field]
    }
  }
  if (type === "Columns") {
    out.left = cleanBlocks(props.left)
    out.right = cleanBlocks(props.right)
  }
  return out
}

function cleanBlocks(blocks: unknown): BlockData[] {
  if (!Array.isArray(blocks)) return []
  return blocks
    .filter(
      (b): b is { type: string; props?: Record<string, unknown> } =>
        !!b && typeof b === "object" && typeof b.type === "string"
    )
    .map(
      (b) =>
        ({
          type: b.type,
          props: cleanProps(b.type, b.props ?? {}),
        }) as BlockData
    )
}

/**
 * Puck's data as the server stores it: `{ root, content }` with each block
 * reduced to `{ type, props }`, empty optional values ("" / null) left out,
 * and a product grid keeping only the id of its source.
 */
export function fromPuckData(data: Partial<Data>): PageContent {
  const rootProps = (data.root?.props ?? {}) as Record<string, unknown>
  const root: PageContent["root"] = { props: {} }
  if (typeof rootProps.title === "string" && rootProps.title) {
    root.props = { title: rootProps.title }
  }
  return { root, content: cleanBlocks(data.content) }
}

const BLOCK_LABEL: Record<string, string> = {
  Hero: "Hero",
  RichText: "Rich text",
  Banner: "Banner",
  ProductGrid: "Product grid",
  CategoryTiles: "Category tiles",
  SellerSpotlight: "Seller spotlight",
  VoucherPackages: "Voucher packages",
  Columns: "Columns",
  Spacer: "Spacer",
}

export function blockLabel(type: string) {
  return BLOCK_LABEL[type] ?? type
}

export type ContentError = {
  /** The block the message is about, when it could be found. */
  blockId?: string
  /** e.g. `Hero (block 2): title: Required`. */
  text: string
}

/**
 * Reads a server message about the content, e.g.
 * `content.content[1].props.left[0].props.title: Required` (several are
 * joined with "; "), against the content that was sent: which block the
 * first one is about and a readable text. Null when the message is not
 * about the content.
 */
export function describeContentError(
  message: string,
  content: PageContent
): ContentError | null {
  const parts = message.split("; ")
  const described = parts.map((part) => describeOne(part, content))
  if (!described[0]) return null
  return {
    blockId: described.find((d) => d?.blockId)?.blockId,
    text: described.map((d, i) => d?.text ?? parts[i]).join("; "),
  }
}

function describeOne(message: string, content: PageContent) {
  const match =
    /^content\.content\[(\d+)\]((?:\.props\.(?:left|right)\[\d+\])*)(?:\.(.*?))?:\s*(.*)$/s.exec(
      message
    )
  if (!match) {
    return message.startsWith("content")
      ? { text: message.replace(/^content[^:]*:\s*/, "Content: ") }
      : null
  }
  const [, first, nested, rest, detail] = match
  let blocks: BlockData[] = content.content
  let block: BlockData | undefined = blocks[Number(first)]
  const positions = [Number(first) + 1]
  for (const step of nested.matchAll(/\.props\.(left|right)\[(\d+)\]/g)) {
    const side = step[1] as "left" | "right"
    blocks =
      block?.type === "Columns" && Array.isArray(block.props[side])
        ? block.props[side]
        : []
    block = blocks[Number(step[2])]
    positions.push(Number(step[2]) + 1)
  }
  const where = block
    ? `${blockLabel(block.type)} (block ${positions.join(" › ")})`
    : `Block ${positions.join(" › ")}`
  const field = rest?.replace(/^props\.?/, "")
  return {
    blockId: typeof block?.props?.id === "string" ? block.props.id : undefined,
    text: `${where}: ${field ? `${field}: ` : ""}${detail}`,
  }
}

/** JSON with object keys sorted, to compare contents regardless of key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]])
        )
      : v
  )
}
