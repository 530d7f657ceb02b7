import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PageBuilderModules } from "../../../../../types"
import type PageModuleService from "../../../../../modules/page/service"
import { createPreviewToken } from "../../../../../workflows/pages/utils/preview-token"
import { readPage } from "../../helpers"

/**
 * POST /admin/pages/:id/preview-token: a signed, expiring token that lets
 * `GET /store/pages/:slug?preview=<token>` show this page's draft.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const page = await readPage(req.scope, req.params.id)
  const pages: PageModuleService = req.scope.resolve(PageBuilderModules.PAGE)
  const { preview_secret, preview_ttl_seconds } = pages.getOptions()
  if (!preview_secret) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Draft previews need the page-builder option preview_secret (PAGES_PREVIEW_SECRET)"
    )
  }
  const { token, expires_at } = createPreviewToken(
    preview_secret,
    page.id,
    preview_ttl_seconds
  )
  res.json({
    token,
    expires_at,
    path: `/store/pages/${page.slug}?preview=${encodeURIComponent(token)}`,
  })
}
