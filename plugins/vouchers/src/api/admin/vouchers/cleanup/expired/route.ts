import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { expireVouchersWorkflow } from "../../../../../workflows/vouchers/workflows/maintenance"

/** POST /admin/vouchers/cleanup/expired — removes vouchers past their validity from the routers now. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await expireVouchersWorkflow(req.scope).run({ input: {} })
  res.json(result)
}
