import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { validatePageContent } from "../../../../blocks/schemas"
import {
  deletePageWorkflow,
  updatePageWorkflow,
} from "../../../../workflows/pages/workflows"
import { readPage } from "../helpers"
import type { AdminUpdatePageType } from "../validators"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ page: await readPage(req.scope, req.params.id) })
}

/** POST /admin/pages/:id: saves the draft (the store keeps serving the published version). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdatePageType>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  await readPage(req.scope, req.params.id)
  const content =
    body.content === undefined ? undefined : validatePageContent(body.content)
  await updatePageWorkflow(req.scope).run({
    input: { ...body, content, id: req.params.id },
  })
  res.json({ page: await readPage(req.scope, req.params.id) })
}

export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  await readPage(req.scope, req.params.id)
  await deletePageWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "page", deleted: true })
}
