import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteVoucherRouterWorkflow,
  updateVoucherRouterWorkflow,
} from "../../../../../workflows/vouchers/workflows/admin"
import { retrievePublicRouter } from "../../helpers"
import type { AdminUpdateVoucherRouterType } from "../../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ router: await retrievePublicRouter(req.scope, req.params.id) })
}

export async function POST(
  req: MedusaRequest<AdminUpdateVoucherRouterType>,
  res: MedusaResponse
) {
  await retrievePublicRouter(req.scope, req.params.id)
  await updateVoucherRouterWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ router: await retrievePublicRouter(req.scope, req.params.id) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await retrievePublicRouter(req.scope, req.params.id)
  await deleteVoucherRouterWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "voucher_router", deleted: true })
}
