import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createVoucherPackageWorkflow } from "../../../../workflows/vouchers/workflows/admin"
import {
  packagesWithVariants,
  retrievePackage,
  vouchersService,
} from "../helpers"
import type {
  AdminCreateVoucherPackageType,
  AdminListParamsType,
} from "../validators"

/** GET /admin/vouchers/packages — with the router (id, name) and the variant (title, SKU, prices). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { offset, limit } = req.validatedQuery as AdminListParamsType
  const [rows, count] = await vouchersService(
    req.scope
  ).listAndCountVoucherPackages(
    {},
    {
      skip: offset,
      take: limit,
      order: { created_at: "ASC" },
      relations: ["router"],
    }
  )
  res.json({
    packages: await packagesWithVariants(req.scope, rows),
    count,
    offset,
    limit,
  })
}

/** POST /admin/vouchers/packages — sold through an existing product variant (`variant_id`). */
export async function POST(
  req: MedusaRequest<AdminCreateVoucherPackageType>,
  res: MedusaResponse
) {
  const { result } = await createVoucherPackageWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.status(201).json({ package: await retrievePackage(req.scope, result.id) })
}
