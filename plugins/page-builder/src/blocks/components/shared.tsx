/**
 * What every block shares: the link component, the resolved-data shapes of
 * the data-driven blocks, a few style tokens and small presentational
 * helpers. Plain function components with inline styles and no hooks, so
 * they render the same in the admin (React 18), in the storefront (React 19,
 * also as Server Components) and under any CSS pipeline.
 */
import type { ComponentType, CSSProperties, ReactNode } from "react"

// ---------------------------------------------------------------- links

export type BlockLinkProps = {
  href: string
  children?: ReactNode
  style?: CSSProperties
  className?: string
}

/**
 * Renders internal links (paths starting with "/"), e.g. Next.js's `Link`.
 * External http(s) links are always plain `<a>` elements.
 */
export type LinkComponent = ComponentType<BlockLinkProps>

/** Props every block accepts besides its own. */
export type BlockRenderOptions = {
  /** Renders internal links; defaults to a plain `<a>`. */
  linkComponent?: LinkComponent
}

const PlainLink = ({ href, children, style, className }: BlockLinkProps) => (
  <a href={href} style={style} className={className}>
    {children}
  </a>
)

export function isExternalHref(href: string) {
  return /^https?:\/\//i.test(href)
}

/** A link: `linkComponent` for site paths, `<a>` for absolute URLs. */
export const BlockLink = ({
  href,
  children,
  style,
  linkComponent,
}: BlockLinkProps & { linkComponent?: LinkComponent }) => {
  if (isExternalHref(href) || !linkComponent) {
    return (
      <PlainLink href={href} style={style}>
        {children}
      </PlainLink>
    )
  }
  const Link = linkComponent
  return (
    <Link href={href} style={style}>
      {children}
    </Link>
  )
}

// ---------------------------------------------------------------- resolved data

/** A product as the data-driven blocks show it (prices already formatted). */
export type BlockProduct = {
  id: string
  title: string
  handle: string
  thumbnail?: string | null
  /** Formatted price, e.g. "Rp 15.000" or "from Rp 15.000". */
  price_label?: string | null
  seller_name?: string | null
  /** Where the card links to; defaults to `/products/<handle>`. */
  href?: string
}

export type BlockCategory = {
  id: string
  name: string
  handle: string
  image_url?: string | null
  /** Defaults to `/categories/<handle>`. */
  href?: string
}

export type BlockSeller = {
  id: string
  name: string
  handle: string
  description?: string | null
  logo_url?: string | null
  /** Defaults to `/sellers/<handle>`. */
  href?: string
}

export type BlockVoucherPackage = {
  id: string
  name: string
  description?: string | null
  price_label?: string | null
  /** e.g. "24 hours", "7 days". */
  validity_label?: string | null
  /** e.g. the product page the package is sold through. */
  href?: string
}

/**
 * Data a block needs besides its props, looked up by whoever renders the
 * page (the storefront's server, or the store route). Keyed by block id in
 * `PageRenderer`'s `resolved` prop.
 */
export type ResolvedBlockData = {
  products?: BlockProduct[]
  categories?: BlockCategory[]
  seller?: BlockSeller | null
  packages?: BlockVoucherPackage[]
}

export type ResolvedData = Record<string, ResolvedBlockData | undefined>

// ---------------------------------------------------------------- style tokens

export const colors = {
  text: "#111827",
  muted: "#6b7280",
  border: "#e5e7eb",
  surface: "#f9fafb",
  accent: "#0f766e",
  accentText: "#ffffff",
  placeholderBorder: "#9ca3af",
}

export const fontFamily =
  'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

export const sectionStyle: CSSProperties = {
  boxSizing: "border-box",
  width: "100%",
  padding: "24px 16px",
  color: colors.text,
  fontFamily,
}

export const innerStyle: CSSProperties = {
  maxWidth: 1200,
  margin: "0 auto",
}

export const headingStyle: CSSProperties = {
  margin: "0 0 16px",
  fontSize: 24,
  lineHeight: 1.25,
  fontWeight: 700,
}

export const cardGridStyle = (minWidth: number): CSSProperties => ({
  display: "grid",
  gridTemplateColumns: `repeat(auto-fill, minmax(${minWidth}px, 1fr))`,
  gap: 16,
  margin: 0,
  padding: 0,
  listStyle: "none",
})

export const cardStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  height: "100%",
  boxSizing: "border-box",
  border: `1px solid ${colors.border}`,
  borderRadius: 8,
  overflow: "hidden",
  background: "#ffffff",
  color: colors.text,
  textDecoration: "none",
}

export const mutedTextStyle: CSSProperties = {
  margin: 0,
  fontSize: 14,
  lineHeight: 1.5,
  color: colors.muted,
}

// ---------------------------------------------------------------- helpers

/** The outer box of every block; `data-block` names its type (handy in tests). */
export const BlockSection = ({
  type,
  id,
  title,
  children,
  style,
}: {
  type: string
  id?: string
  title?: string
  children?: ReactNode
  style?: CSSProperties
}) => (
  <section
    data-block={type}
    data-block-id={id}
    style={{ ...sectionStyle, ...style }}
  >
    <div style={innerStyle}>
      {title ? <h2 style={headingStyle}>{title}</h2> : null}
      {children}
    </div>
  </section>
)

/**
 * Shown instead of a data-driven block's content while its data is not
 * resolved (in the editor, or when the renderer got no data for it).
 */
export const Placeholder = ({
  label,
  detail,
}: {
  label: string
  detail?: string
}) => (
  <div
    data-placeholder="true"
    style={{
      boxSizing: "border-box",
      padding: "24px 16px",
      border: `2px dashed ${colors.placeholderBorder}`,
      borderRadius: 8,
      background: colors.surface,
      color: colors.muted,
      fontFamily,
      fontSize: 14,
      lineHeight: 1.5,
      textAlign: "center",
    }}
  >
    <strong style={{ color: colors.text }}>{label}</strong>
    {detail ? <span>{` — ${detail}`}</span> : null}
  </div>
)

/** A square image box; a neutral tile when there is no image. */
export const ImageBox = ({
  src,
  alt,
  ratio = "1 / 1",
  fit = "cover",
}: {
  src?: string | null
  alt: string
  ratio?: string
  fit?: CSSProperties["objectFit"]
}) => (
  <div
    style={{
      position: "relative",
      width: "100%",
      aspectRatio: ratio,
      background: colors.surface,
      overflow: "hidden",
    }}
  >
    {src ? (
      <img
        src={src}
        alt={alt}
        loading="lazy"
        style={{
          position: "absolute",
          inset: 0,
          width: "100%",
          height: "100%",
          objectFit: fit,
          display: "block",
        }}
      />
    ) : null}
  </div>
)

/** "a, b, c and 2 more" for a placeholder. */
export function listIds(ids: readonly string[] | undefined, max = 3) {
  const list = (ids ?? []).filter(Boolean)
  if (list.length === 0) return "none chosen yet"
  const shown = list.slice(0, max).join(", ")
  return list.length > max ? `${shown} and ${list.length - max} more` : shown
}
