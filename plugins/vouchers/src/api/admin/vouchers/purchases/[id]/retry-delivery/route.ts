import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deliverPurchaseWorkflow } from "../../../../../../workflows/vouchers/workflows/deliver-purchase"
import { retrievePurchase, vouchersService } from "../../../helpers"

/**
 * POST /admin/vouchers/purchases/:id/retry-delivery — sends the codes again
 * (a new round, every attempt logged) and answers the outcome and the purchase.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const purchase = await retrievePurchase(req.scope, req.params.id)
  if (purchase.status !== "completed") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `purchase ${purchase.id} is ${purchase.status}: only completed purchases have codes to send`
    )
  }
  const { result } = await deliverPurchaseWorkflow(req.scope).run({
    input: {
      purchase_id: purchase.id,
      round: `retry-${Date.now().toString(36)}`,
      channels: vouchersService(req.scope).getOptions().delivery_channels,
    },
  })
  res.json({
    delivery: result,
    purchase: await retrievePurchase(req.scope, purchase.id),
  })
}
