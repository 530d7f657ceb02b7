import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { PageBuilderModules } from "../../../types"
import type PageModuleService from "../../../modules/page/service"
import { validatePageContent } from "../../../blocks/schemas"
import { createPageWorkflow } from "../../../workflows/pages/workflows"
import { PAGE_LIST_FIELDS, readPage } from "./helpers"
import type { AdminCreatePageType, AdminGetPagesParamsType } from "./validators"

/** GET /admin/pages: pages without their content, newest change first. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { q, status, offset, limit } =
    req.validatedQuery as AdminGetPagesParamsType
  const pages: PageModuleService = req.scope.resolve(PageBuilderModules.PAGE)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.q = q
  const [rows, count] = await pages.listAndCountPages(filters, {
    select: [...PAGE_LIST_FIELDS],
    order: { updated_at: "DESC" },
    skip: offset,
    take: limit,
  })
  res.json({ pages: rows, count, offset, limit })
}

/** POST /admin/pages: a new draft page. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreatePageType>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const content =
    body.content === undefined ? undefined : validatePageContent(body.content)
  const { result } = await createPageWorkflow(req.scope).run({
    input: { ...body, content },
  })
  res.status(201).json({ page: await readPage(req.scope, result.id) })
}
