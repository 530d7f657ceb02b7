import type { Metadata } from "next"

/* eslint-disable @typescript-eslint/no-explicit-any -- page JSON */
/** Title and description of a page-builder page (its SEO fields, else its title). */
export function pageMetadata(page: any): Metadata {
  if (!page) return {}
  return {
    title: page.seo?.title || page.title,
    description: page.seo?.description || undefined,
    openGraph: page.seo?.image ? { images: [page.seo.image] } : undefined,
  }
}
