import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestActor } from "../../actor"
import { updateSellerStatusWorkflow } from "../../../workflows/seller/workflows/update-seller-status"
import { retrieveAdminSeller } from "./helpers"
import {
  SELLER_STATUS_ACTIONS,
  type SellerStatusAction,
} from "./status-actions"

/** A POST route handler for one status action (approve, suspend, reactivate). */
export function sellerStatusActionRoute(action: SellerStatusAction) {
  const { from, to } = SELLER_STATUS_ACTIONS[action]
  return async (req: MedusaRequest, res: MedusaResponse) => {
    await updateSellerStatusWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        status: to,
        allowed_from: [...from],
        actor: requestActor(req),
      },
    })
    const seller = await retrieveAdminSeller(
      req.scope,
      req.params.id,
      req.queryConfig.fields
    )
    res.json({ seller })
  }
}
