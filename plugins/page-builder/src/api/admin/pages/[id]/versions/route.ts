import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { PageBuilderModules } from "../../../../../types"
import type PageModuleService from "../../../../../modules/page/service"
import { readPage } from "../../helpers"

/** GET /admin/pages/:id/versions: every publication, newest first (without content). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await readPage(req.scope, req.params.id)
  const pages: PageModuleService = req.scope.resolve(PageBuilderModules.PAGE)
  const versions = await pages.listPageVersions(
    { page_id: req.params.id },
    {
      select: [
        "id",
        "version",
        "title",
        "published_at",
        "published_by",
        "restored_from",
      ],
      order: { version: "DESC" },
      take: 500,
    }
  )
  res.json({ versions })
}
