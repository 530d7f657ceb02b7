import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePurchase } from "../../helpers"

/** GET /admin/vouchers/purchases/:id — with its vouchers and its delivery log (every attempt). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ purchase: await retrievePurchase(req.scope, req.params.id) })
}
