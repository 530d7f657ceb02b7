/* eslint-disable @typescript-eslint/no-explicit-any -- page rows are read from the generated service */
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  PageBuilderModules,
  canChangePageStatus,
  isValidSlug,
  type PageStatus,
} from "../../../types"
import type PageModuleService from "../../../modules/page/service"
import { invalidatePages } from "../utils/cache"

type Row = Record<string, any>
export type PageFields = {
  slug?: string
  title?: string
  seo_title?: string | null
  seo_description?: string | null
  seo_image?: string | null
  content?: unknown
  metadata?: Record<string, unknown> | null
}

const EDITABLE = [
  "slug",
  "title",
  "seo_title",
  "seo_description",
  "seo_image",
  "metadata",
] as const

const service = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(PageBuilderModules.PAGE) as PageModuleService

async function retrieve(pages: PageModuleService, id: string): Promise<Row> {
  const [page] = await pages.listPages({ id }, { take: 1 })
  if (!page) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Page with id: ${id} was not found`
    )
  }
  return page as Row
}

/** The one place the page status table is checked. */
export function assertTransition(page: Row, to: PageStatus) {
  if (!canChangePageStatus(page.status, to)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Page ${page.id} cannot go from ${page.status} to ${to}`
    )
  }
}

async function assertSlugFree(
  pages: PageModuleService,
  slug: string,
  exceptId?: string
) {
  if (!isValidSlug(slug)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `slug: must be lower-case words (a-z, 0-9) joined by "-", at most 100 characters`
    )
  }
  const [taken] = await pages.listPages({ slug }, { select: ["id"], take: 1 })
  if (taken && taken.id !== exceptId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `slug: "${slug}" is already used by another page`
    )
  }
}

/** A unique-index violation from a concurrent write, as the same 400. */
function slugClash(e: unknown, slug?: string): never {
  if (slug && /unique|duplicate key/i.test(String((e as Error)?.message))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `slug: "${slug}" is already used by another page`
    )
  }
  throw e
}

function snapshot(page: Row) {
  const out: Row = { id: page.id, draft_content: page.draft_content }
  for (const k of EDITABLE) out[k] = page[k]
  for (const k of [
    "status",
    "published_content",
    "published_version",
    "published_at",
  ]) {
    out[k] = page[k]
  }
  return out
}

export const createPageStep = createStep(
  "page-create-page-step",
  async (input: PageFields & { content: unknown }, { container }) => {
    const pages = service(container)
    await assertSlugFree(pages, input.slug!)
    const { content, ...fields } = input
    const page = await pages
      .createPages({
        ...fields,
        status: "draft",
        draft_content: content,
      } as any)
      .catch((e) => slugClash(e, input.slug))
    return new StepResponse(page as Row, (page as Row).id)
  },
  async (id, { container }) => {
    if (id) await service(container).deletePages(id)
  }
)

export const updatePageStep = createStep(
  "page-update-page-step",
  async (input: PageFields & { id: string }, { container }) => {
    const pages = service(container)
    const before = await retrieve(pages, input.id)
    if (input.slug !== undefined && input.slug !== before.slug) {
      await assertSlugFree(pages, input.slug, before.id)
    }
    const { id, content, ...rest } = input
    const update: Row = { id }
    for (const k of EDITABLE) if (rest[k] !== undefined) update[k] = rest[k]
    if (content !== undefined) update.draft_content = content
    const page = await pages
      .updatePages(update as any)
      .catch((e) => slugClash(e, input.slug))
    return new StepResponse(
      { page: page as Row, slugs: [before.slug, (page as Row).slug] },
      snapshot(before)
    )
  },
  async (before, { container }) => {
    if (before) await service(container).updatePages(before as any)
  }
)

/**
 * Publishes the draft (or, with `version`, an older version: rollback) as
 * the next version. The version number comes from a unique (page, version)
 * index, so two concurrent publishes cannot both take the same number.
 */
export const publishPageStep = createStep(
  "page-publish-page-step",
  async (
    input: { id: string; version?: number; published_by?: string | null },
    { container }
  ) => {
    const pages = service(container)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(`page:${input.id}`, async () => {
      const before = await retrieve(pages, input.id)
      assertTransition(before, "published")
      let source: Row = {
        title: before.title,
        seo_title: before.seo_title,
        seo_description: before.seo_description,
        seo_image: before.seo_image,
        content: before.draft_content,
      }
      if (input.version !== undefined) {
        const [old] = await pages.listPageVersions(
          { page_id: before.id, version: input.version },
          { take: 1 }
        )
        if (!old) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `version: page ${before.id} has no version ${input.version}`
          )
        }
        source = old as Row
      }
      const [latest] = await pages.listPageVersions(
        { page_id: before.id },
        { order: { version: "DESC" }, take: 1, select: ["version"] }
      )
      const next = ((latest as Row | undefined)?.version ?? 0) + 1
      const now = new Date()
      const version = (await pages.createPageVersions({
        page_id: before.id,
        version: next,
        title: source.title,
        seo_title: source.seo_title ?? null,
        seo_description: source.seo_description ?? null,
        seo_image: source.seo_image ?? null,
        content: source.content,
        published_at: now,
        published_by: input.published_by ?? null,
        restored_from: input.version ?? null,
      } as any)) as Row
      const update: Row = {
        id: before.id,
        status: "published",
        published_version: next,
        published_at: now,
        published_content: {
          title: source.title,
          seo: {
            title: source.seo_title ?? null,
            description: source.seo_description ?? null,
            image: source.seo_image ?? null,
          },
          content: source.content,
        },
      }
      if (input.version !== undefined) {
        // A rollback also resets the draft, so the editor shows what is live.
        Object.assign(update, {
          title: source.title,
          seo_title: source.seo_title ?? null,
          seo_description: source.seo_description ?? null,
          seo_image: source.seo_image ?? null,
          draft_content: source.content,
        })
      }
      const page = (await pages.updatePages(update as any)) as Row
      return new StepResponse(
        { page, slugs: [page.slug] },
        { before: snapshot(before), version_id: version.id }
      )
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pages = service(container)
    await pages.deletePageVersions(undo.version_id)
    await pages.updatePages(undo.before as any)
  }
)

export const unpublishPageStep = createStep(
  "page-unpublish-page-step",
  async (input: { id: string; archive?: boolean }, { container }) => {
    const pages = service(container)
    const before = await retrieve(pages, input.id)
    const to: PageStatus = input.archive ? "archived" : "draft"
    assertTransition(before, to)
    const page = (await pages.updatePages({
      id: before.id,
      status: to,
      published_content: null,
    } as any)) as Row
    return new StepResponse({ page, slugs: [page.slug] }, snapshot(before))
  },
  async (before, { container }) => {
    if (before) await service(container).updatePages(before as any)
  }
)

export const deletePageStep = createStep(
  "page-delete-page-step",
  async (input: { id: string }, { container }) => {
    const pages = service(container)
    const before = await retrieve(pages, input.id)
    await pages.softDeletePages(before.id)
    return new StepResponse({ id: before.id, slugs: [before.slug] }, before.id)
  },
  async (id, { container }) => {
    if (id) await service(container).restorePages(id)
  }
)

/** Clears the store cache of these slugs (now and once more shortly after). */
export const invalidatePageCacheStep = createStep(
  "page-invalidate-page-cache-step",
  async (input: { slugs: string[] }, { container }) => {
    await invalidatePages(container as any, input.slugs)
    return new StepResponse(input.slugs, input.slugs)
  },
  // A rolled-back write must not leave its own content cached either.
  async (slugs, { container }) => {
    if (slugs?.length) await invalidatePages(container as any, slugs)
  }
)
