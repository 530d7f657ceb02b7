/** Module names of this plugin (container keys). */
export enum PageBuilderModules {
  PAGE = "page",
}

export const PAGE_STATUSES = ["draft", "published", "archived"] as const
export type PageStatus = (typeof PAGE_STATUSES)[number]

/**
 * Allowed status changes, as data (checked in one place, see
 * workflows/pages/steps). publish is allowed again from published: it
 * publishes the current draft as a new version.
 */
export const PAGE_TRANSITIONS: Record<PageStatus, readonly PageStatus[]> = {
  draft: ["published", "archived"],
  published: ["published", "draft", "archived"],
  archived: ["draft", "published"],
}

export function canChangePageStatus(from: PageStatus, to: PageStatus) {
  return PAGE_TRANSITIONS[from]?.includes(to) ?? false
}

/** Events emitted by the page workflows. */
export const PageEvents = {
  CREATED: "page.created",
  UPDATED: "page.updated",
  PUBLISHED: "page.published",
  UNPUBLISHED: "page.unpublished",
  DELETED: "page.deleted",
} as const

/**
 * A slug: lower-case words of a-z and 0-9 joined by single hyphens, at most
 * 100 characters (one URL segment: "promo-ramadan", "home").
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 100

export function isValidSlug(slug: string) {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug)
}

export * from "../blocks/types"
