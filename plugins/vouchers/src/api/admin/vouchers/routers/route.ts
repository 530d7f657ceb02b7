import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createVoucherRouterWorkflow } from "../../../../workflows/vouchers/workflows/admin"
import { publicRouter, retrievePublicRouter, vouchersService } from "../helpers"
import type {
  AdminCreateVoucherRouterType,
  AdminListParamsType,
} from "../validators"

/** GET /admin/vouchers/routers — never returns passwords. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { offset, limit } = req.validatedQuery as AdminListParamsType
  const [rows, count] = await vouchersService(
    req.scope
  ).listAndCountVoucherRouters(
    {},
    { skip: offset, take: limit, order: { created_at: "ASC" } }
  )
  res.json({ routers: rows.map(publicRouter), count, offset, limit })
}

/** POST /admin/vouchers/routers */
export async function POST(
  req: MedusaRequest<AdminCreateVoucherRouterType>,
  res: MedusaResponse
) {
  const { result } = await createVoucherRouterWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res
    .status(201)
    .json({ router: await retrievePublicRouter(req.scope, result.id) })
}
