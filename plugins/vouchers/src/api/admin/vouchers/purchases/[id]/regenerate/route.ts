import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestActor } from "../../../../../actor"
import { MedusaError } from "@medusajs/framework/utils"
import { regeneratePurchasesWorkflow } from "../../../../../../workflows/vouchers/workflows/regenerate-purchases"
import { retrievePurchase } from "../../../helpers"

/**
 * POST /admin/vouchers/purchases/:id/regenerate — retries a purchase whose
 * generation failed (or a pending one whose payment is captured). Users
 * already on the router are found by name, never duplicated.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const purchase = await retrievePurchase(req.scope, req.params.id)
  if (!["voucher_generation_failed", "pending"].includes(purchase.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `purchase ${purchase.id} is ${purchase.status}: only voucher_generation_failed (or paid pending) purchases can be regenerated`
    )
  }
  const { result } = await regeneratePurchasesWorkflow(req.scope).run({
    input: { purchase_ids: [purchase.id], actor: requestActor(req) },
  })
  res.json({
    outcome: result[0],
    purchase: await retrievePurchase(req.scope, purchase.id),
  })
}
