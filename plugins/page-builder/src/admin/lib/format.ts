import type { PageStatus } from "./pages"

export type BadgeColor = "green" | "orange" | "red" | "grey" | "blue"

export const PAGE_STATUS_OPTIONS: PageStatus[] = [
  "draft",
  "published",
  "archived",
]

export const PAGE_STATUS_LABEL: Record<PageStatus, string> = {
  draft: "Draft",
  published: "Published",
  archived: "Archived",
}

export const PAGE_STATUS_COLOR: Record<PageStatus, BadgeColor> = {
  draft: "orange",
  published: "green",
  archived: "grey",
}

/** The message of a thrown error (the JS SDK's FetchError carries the server's `message`). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === "string") return error
  return "Something went wrong"
}

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
})

export function formatDateTime(value: string | null | undefined) {
  if (!value) return "-"
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date)
}

/**
 * Which of `fields` a server message is about. The server names the field
 * first ("slug: must be …"); a field named anywhere else in the message is
 * the fallback. Longer names win ties, so "seo_title" is not read as "title".
 */
export function fieldOfMessage<F extends string>(
  message: string,
  fields: readonly F[]
): F | undefined {
  const byLength = [...fields].sort((a, b) => b.length - a.length)
  const head = message.split(":")[0]?.trim()
  const exact = byLength.find((f) => head === f)
  if (exact) return exact
  let best: { field: F; at: number } | undefined
  for (const field of byLength) {
    const match = new RegExp(`(^|[^A-Za-z0-9_])${field}([^A-Za-z0-9_]|$)`).exec(
      message
    )
    if (match && (!best || match.index < best.at)) {
      best = { field, at: match.index }
    }
  }
  return best?.field
}

/** A slug suggestion from a title: "Promo Ramadan 2026!" → "promo-ramadan-2026". */
export function slugify(title: string) {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, "-")
    .replace(/\/+/g, "/")
    .replace(/-*\/-*/g, "/")
    .replace(/^[-/]+|[-/]+$/g, "")
    .slice(0, 100)
    .replace(/[-/]+$/g, "")
}

declare const __STOREFRONT_URL__: string | undefined

/**
 * The storefront's address: the admin's `storefrontUrl` option
 * (medusa-config `admin.storefrontUrl`), else Medusa's own default.
 */
export function storefrontUrl() {
  const configured =
    typeof __STOREFRONT_URL__ !== "undefined" ? __STOREFRONT_URL__ : ""
  return (configured || "http://localhost:8000").replace(/\/+$/, "")
}

/**
 * The storefront page of a preview: the store API path
 * `/store/pages/<slug>?preview=<token>` without its `/store` prefix, on the
 * storefront (`/pages/<slug>?preview=<token>`).
 */
export function storefrontPreviewUrl(apiPath: string) {
  return `${storefrontUrl()}${apiPath.replace(/^\/store(?=\/)/, "")}`
}
