/* eslint-disable @typescript-eslint/no-explicit-any -- page rows */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PageBuilderModules, isValidSlug } from "../../../../types"
import type PageModuleService from "../../../../modules/page/service"
import { getPublishedPage } from "../../../../workflows/pages/utils/cache"
import { verifyPreviewToken } from "../../../../workflows/pages/utils/preview-token"

/** Browsers and CDNs may keep a copy but must revalidate it (ETag → 304). */
const PUBLIC_CACHE = "public, max-age=0, must-revalidate"

function etagMatches(header: string | undefined, etag: string) {
  if (!header) return false
  if (header.trim() === "*") return true
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .includes(etag)
}

/**
 * GET /store/pages/:slug: the published page, from Medusa's Caching module
 * (see workflows/pages/utils/cache). `?preview=<token>` (from the admin's
 * preview-token route) shows that page's draft instead, never cached.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const slug = req.params.slug
  if (!isValidSlug(slug)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `slug: must be lower-case words (a-z, 0-9) joined by "-", at most 100 characters`
    )
  }
  const preview = req.query.preview
  if (preview !== undefined) {
    if (typeof preview !== "string" || preview.length > 300) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "preview: must be one token from the admin's preview-token route"
      )
    }
    return sendPreview(req, res, slug, preview)
  }

  const entry = await getPublishedPage(req.scope, slug)
  if (!entry.found) {
    res.setHeader("Cache-Control", "no-cache")
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Page ${slug} was not found`
    )
  }
  res.setHeader("ETag", entry.etag)
  res.setHeader("Cache-Control", PUBLIC_CACHE)
  if (etagMatches(req.headers["if-none-match"], entry.etag)) {
    res.status(304).end()
    return
  }
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.status(200).send(entry.body)
}

async function sendPreview(
  req: MedusaRequest,
  res: MedusaResponse,
  slug: string,
  token: string
) {
  res.setHeader("Cache-Control", "private, no-store")
  const pages: PageModuleService = req.scope.resolve(PageBuilderModules.PAGE)
  const secret = pages.getOptions().preview_secret
  const pageId = secret ? verifyPreviewToken(secret, token) : null
  if (!pageId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "preview: the token is invalid or has expired"
    )
  }
  const [page] = (await pages.listPages(
    { id: pageId, slug },
    { take: 1 }
  )) as any[]
  if (!page) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Page ${slug} was not found`
    )
  }
  res.json({
    page: {
      id: page.id,
      slug: page.slug,
      title: page.title,
      seo: {
        title: page.seo_title,
        description: page.seo_description,
        image: page.seo_image,
      },
      content: page.draft_content,
      version: null,
      published_at: page.published_at,
      status: page.status,
      preview: true,
    },
  })
}
