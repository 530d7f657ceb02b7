/* eslint-disable @typescript-eslint/no-explicit-any -- Query rows */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PageBuilderModules } from "../../../types"
import type PageModuleService from "../../../modules/page/service"

export const PAGE_LIST_FIELDS = [
  "id",
  "slug",
  "title",
  "seo_title",
  "seo_description",
  "seo_image",
  "status",
  "published_version",
  "published_at",
  "created_at",
  "updated_at",
] as const
export const PAGE_FIELDS = [
  ...PAGE_LIST_FIELDS,
  "draft_content",
  "published_content",
  "metadata",
] as const

/** Re-reads a page for an admin answer; 404 when it does not exist. */
export async function readPage(container: MedusaContainer, id: string) {
  const pages: PageModuleService = container.resolve(PageBuilderModules.PAGE)
  const [page] = await pages.listPages(
    { id },
    { select: [...PAGE_FIELDS], take: 1 }
  )
  if (!page) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Page with id: ${id} was not found`
    )
  }
  return page as any
}
