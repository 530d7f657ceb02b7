import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { unpublishPageWorkflow } from "../../../../../workflows/pages/workflows"
import { readPage } from "../../helpers"

/** POST /admin/pages/:id/unpublish `{ archive? }`: the store answers 404 for it from now on. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ archive?: boolean }>,
  res: MedusaResponse
) {
  await readPage(req.scope, req.params.id)
  await unpublishPageWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      archive: req.validatedBody.archive,
      unpublished_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ page: await readPage(req.scope, req.params.id) })
}
