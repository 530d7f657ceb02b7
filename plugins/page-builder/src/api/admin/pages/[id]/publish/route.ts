import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { publishPageWorkflow } from "../../../../../workflows/pages/workflows"
import { readPage } from "../../helpers"

/** POST /admin/pages/:id/publish: the draft becomes the next published version. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await readPage(req.scope, req.params.id)
  await publishPageWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      published_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ page: await readPage(req.scope, req.params.id) })
}
