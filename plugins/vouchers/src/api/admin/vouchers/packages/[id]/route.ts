import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteVoucherPackageWorkflow,
  updateVoucherPackageWorkflow,
} from "../../../../../workflows/vouchers/workflows/admin"
import { retrievePackage } from "../../helpers"
import type { AdminUpdateVoucherPackageType } from "../../validators"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ package: await retrievePackage(req.scope, req.params.id) })
}

export async function POST(
  req: MedusaRequest<AdminUpdateVoucherPackageType>,
  res: MedusaResponse
) {
  await retrievePackage(req.scope, req.params.id)
  await updateVoucherPackageWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.json({ package: await retrievePackage(req.scope, req.params.id) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await retrievePackage(req.scope, req.params.id)
  await deleteVoucherPackageWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "voucher_package", deleted: true })
}
