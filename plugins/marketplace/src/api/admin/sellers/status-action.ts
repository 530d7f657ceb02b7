import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SellerStatus } from "../../../types"
import { updateSellerStatusWorkflow } from "../../../workflows/seller/workflows/update-seller-status"
import { retrieveAdminSeller } from "./helpers"

/** The operator actions on a seller's status and the statuses each applies to. */
export const SELLER_STATUS_ACTIONS = {
  approve: { from: ["pending"], to: "active" },
  suspend: { from: ["active", "pending"], to: "suspended" },
  reactivate: { from: ["suspended"], to: "active" },
} as const satisfies Record<
  string,
  { from: readonly SellerStatus[]; to: SellerStatus }
>

/** A POST route handler for one status action. */
export function sellerStatusActionRoute(
  action: keyof typeof SELLER_STATUS_ACTIONS
) {
  const { from, to } = SELLER_STATUS_ACTIONS[action]
  return async (req: MedusaRequest, res: MedusaResponse) => {
    await updateSellerStatusWorkflow(req.scope).run({
      input: { id: req.params.id, status: to, allowed_from: [...from] },
    })
    const seller = await retrieveAdminSeller(
      req.scope,
      req.params.id,
      req.queryConfig.fields
    )
    res.json({ seller })
  }
}
