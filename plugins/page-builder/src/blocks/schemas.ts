/**
 * Server-side validation of page content (Puck data) and of each block's
 * props, on every save. Errors name the field as a path into the request
 * body, e.g. `content.content[1].props.title: Required`. Not exported from
 * `./blocks` (it needs Medusa's zod; the storefront does not).
 */
import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import type { BlockData, BlockType, PageContent } from "./types"

export const MAX_BLOCKS = 200
/** Columns inside Columns inside Columns is the deepest a page may go. */
export const MAX_DEPTH = 3

const urlOrPath = (v: string) =>
  v.startsWith("/") || /^https?:\/\/[^\s]+$/i.test(v)
const URL_MESSAGE = "must be an http(s) URL or a path starting with /"

const text = (max: number) => z.string().trim().min(1, "Required").max(max)
const blank = (v: unknown) => (v === "" || v === null ? undefined : v)
/** Optional: "" and null (what editors send for an emptied field) mean absent. */
const opt = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blank, schema.optional())
const link = z.string().trim().max(2000).refine(urlOrPath, URL_MESSAGE)
const id = (prefix: string) =>
  z
    .string()
    .trim()
    .regex(
      new RegExp(`^${prefix}_[A-Za-z0-9]+$`),
      `must be an id starting with ${prefix}_`
    )
const ids = (prefix: string, max: number) => z.array(id(prefix)).max(max)

const props = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ id: z.string().min(1).max(100), ...shape })

const LEAF_SCHEMAS = {
  Hero: props({
    title: text(120),
    subtitle: opt(z.string().trim().max(300)),
    image_url: opt(link),
    cta_label: opt(z.string().trim().max(40)),
    cta_href: opt(link),
    align: opt(z.enum(["left", "center"])),
  }).refine((p) => !p.cta_label || !!p.cta_href, {
    message: "Required with cta_label",
    path: ["cta_href"],
  }),
  RichText: props({
    heading: opt(z.string().trim().max(120)),
    body: text(20_000),
    align: opt(z.enum(["left", "center"])),
  }),
  Banner: props({
    image_url: z
      .string()
      .trim()
      .min(1, "Required")
      .max(2000)
      .refine(urlOrPath, URL_MESSAGE),
    alt: text(200),
    href: opt(link),
    caption: opt(z.string().trim().max(200)),
  }),
  ProductGrid: props({
    title: opt(z.string().trim().max(120)),
    source: z.enum(["category", "collection", "seller", "handpicked"]),
    category_id: opt(id("pcat")),
    collection_id: opt(id("pcol")),
    seller_id: opt(id("sel")),
    product_ids: opt(ids("prod", 24)),
    limit: opt(z.coerce.number().int().min(1).max(24)),
  }).superRefine((p, ctx) => {
    const field = (
      {
        category: "category_id",
        collection: "collection_id",
        seller: "seller_id",
        handpicked: "product_ids",
      } as const
    )[p.source]
    const value = p[field]
    if (!value || (Array.isArray(value) && !value.length)) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `Required when source is ${p.source}`,
      })
    }
  }),
  CategoryTiles: props({
    title: opt(z.string().trim().max(120)),
    category_ids: ids("pcat", 12).min(1, "Pick at least one category"),
  }),
  SellerSpotlight: props({
    title: opt(z.string().trim().max(120)),
    seller_id: id("sel"),
  }),
  VoucherPackages: props({
    title: opt(z.string().trim().max(120)),
    package_ids: opt(ids("vpkg", 12)),
  }),
  Spacer: props({ size: opt(z.enum(["sm", "md", "lg", "xl"])) }),
} satisfies Record<Exclude<BlockType, "Columns">, z.ZodType>

type Path = (string | number)[]
type Issue = { path: Path; message: string }

/** "content.content[1].props.title" */
export function formatPath(path: Path) {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p))
    .join("")
}

function issuesOf(error: z.ZodError, at: Path): Issue[] {
  return error.issues.map((i) => {
    let message = i.message
    if (i.code === "unrecognized_keys")
      message = `Unknown field(s): ${i.keys.join(", ")}`
    else if (i.code === "invalid_type" && /received undefined/.test(message))
      message = "Required"
    return { path: [...at, ...(i.path as Path)], message }
  })
}

/**
 * Walks the document block by block so each error carries its full path;
 * returns the cleaned content (trimmed strings, blanks dropped, defaults).
 */
function checkBlocks(
  blocks: unknown,
  at: Path,
  depth: number,
  issues: Issue[],
  seen: Set<string>
): PageContent["content"] {
  if (!Array.isArray(blocks)) {
    issues.push({ path: at, message: "must be an array of blocks" })
    return []
  }
  if (blocks.length > MAX_BLOCKS) {
    issues.push({ path: at, message: `at most ${MAX_BLOCKS} blocks` })
    return []
  }
  const out: PageContent["content"] = []
  blocks.forEach((block, index) => {
    const here = [...at, index]
    if (!block || typeof block !== "object" || Array.isArray(block)) {
      issues.push({ path: here, message: "must be a block { type, props }" })
      return
    }
    const { type, props: raw, ...extra } = block as Record<string, unknown>
    if (Object.keys(extra).length) {
      issues.push({
        path: here,
        message: `Unknown field(s): ${Object.keys(extra).join(", ")}`,
      })
    }
    const propsIn = (raw ?? {}) as Record<string, unknown>
    if (type === "Columns") {
      if (depth >= MAX_DEPTH) {
        issues.push({
          path: [...here, "type"],
          message: `Columns may be nested at most ${MAX_DEPTH} deep`,
        })
        return
      }
      const { left, right, ...rest } = propsIn
      const head = props({
        ratio: opt(z.enum(["1:1", "1:2", "2:1"])),
      }).safeParse(rest)
      if (!head.success)
        issues.push(...issuesOf(head.error, [...here, "props"]))
      const l = checkBlocks(
        left ?? [],
        [...here, "props", "left"],
        depth + 1,
        issues,
        seen
      )
      const r = checkBlocks(
        right ?? [],
        [...here, "props", "right"],
        depth + 1,
        issues,
        seen
      )
      if (head.success) {
        out.push({
          type: "Columns",
          props: { ...head.data, left: l, right: r },
        } as BlockData)
        remember(head.data.id, here)
      }
      return
    }
    const schema = LEAF_SCHEMAS[type as keyof typeof LEAF_SCHEMAS]
    if (!schema) {
      issues.push({
        path: [...here, "type"],
        message: `Unknown block type ${JSON.stringify(type)} (one of Columns, ${Object.keys(LEAF_SCHEMAS).join(", ")})`,
      })
      return
    }
    const parsed = (schema as z.ZodType).safeParse(propsIn)
    if (!parsed.success) {
      issues.push(...issuesOf(parsed.error, [...here, "props"]))
      return
    }
    const value = parsed.data as { id: string }
    remember(value.id, here)
    out.push({ type, props: value } as BlockData)
  })
  return out

  function remember(blockId: string, here: Path) {
    if (seen.has(blockId)) {
      issues.push({
        path: [...here, "props", "id"],
        message: `Duplicate block id ${JSON.stringify(blockId)}`,
      })
    }
    seen.add(blockId)
  }
}

/**
 * Validates a page document as Puck saves it (`{ root, content, zones? }`).
 * Throws a MedusaError (400) listing every problem with its path, which
 * starts with `field` (the body field holding the document).
 */
export function validatePageContent(
  input: unknown,
  field = "content"
): PageContent {
  const issues: Issue[] = []
  const at: Path = [field]
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    throw invalid([
      { path: at, message: "must be an object { root, content }" },
    ])
  }
  const { root, content, zones, ...extra } = input as Record<string, unknown>
  if (Object.keys(extra).length) {
    issues.push({
      path: at,
      message: `Unknown field(s): ${Object.keys(extra).join(", ")}`,
    })
  }
  const rootProps =
    root && typeof root === "object" && !Array.isArray(root)
      ? ((root as { props?: unknown }).props ?? {})
      : undefined
  if (
    root !== undefined &&
    (rootProps === undefined || typeof rootProps !== "object")
  ) {
    issues.push({
      path: [...at, "root"],
      message: "must be an object { props }",
    })
  }
  if (zones && typeof zones === "object") {
    for (const [zone, blocks] of Object.entries(zones)) {
      if (Array.isArray(blocks) && blocks.length) {
        issues.push({
          path: [...at, "zones", zone],
          message: "Drop zones are not supported: use a Columns block",
        })
      }
    }
  }
  const blocks = checkBlocks(
    content ?? [],
    [...at, "content"],
    1,
    issues,
    new Set()
  )
  if (issues.length) throw invalid(issues)
  return {
    root: { props: (rootProps ?? {}) as PageContent["root"]["props"] },
    content: blocks,
  }
}

function invalid(issues: Issue[]) {
  const shown = issues
    .slice(0, 10)
    .map((i) => `${formatPath(i.path)}: ${i.message}`)
  if (issues.length > 10) shown.push(`and ${issues.length - 10} more`)
  return new MedusaError(MedusaError.Types.INVALID_DATA, shown.join("; "))
}
