import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { rollbackPageWorkflow } from "../../../../../workflows/pages/workflows"
import { readPage } from "../../helpers"

/** POST /admin/pages/:id/rollback `{ version }`: republishes that version as a new one. */
export async function POST(
  req: AuthenticatedMedusaRequest<{ version: number }>,
  res: MedusaResponse
) {
  await readPage(req.scope, req.params.id)
  await rollbackPageWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      version: req.validatedBody.version,
      published_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ page: await readPage(req.scope, req.params.id) })
}
