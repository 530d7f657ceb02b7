import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { cancelSellerOrderWorkflow } from "../../../../../../../workflows/order-lifecycle/workflows/cancel-seller-order"
import { runSellerOrderTransition } from "../../../../../../vendor/orders/transition"
import { retrieveStoreOrderGroup } from "../../../../helpers"
import type { StoreCancelSellerOrderType } from "../../../../validators"

/**
 * POST /store/order-groups/:id/orders/:order_id/cancel — the shopper
 * cancels one seller's order while the seller has not accepted it yet
 * (pending only; otherwise 409): its stock is restored and its share of the
 * payment given back. Answers the whole group.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCancelSellerOrderType>,
  res: MedusaResponse
) {
  const done = await runSellerOrderTransition(res, () =>
    cancelSellerOrderWorkflow(req.scope).run({
      input: {
        order_id: req.params.order_id,
        reason: req.validatedBody.reason,
        canceled_via: "customer",
        canceled_by: req.auth_context.actor_id,
        allowed_from: ["pending"],
      },
    })
  )
  if (!done) return
  res.json({
    order_group: await retrieveStoreOrderGroup(req.scope, req.params.id),
  })
}
