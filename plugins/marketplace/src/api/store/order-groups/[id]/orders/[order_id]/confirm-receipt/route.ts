import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deliverSellerOrderWorkflow } from "../../../../../../../workflows/order-lifecycle/workflows/deliver-seller-order"
import { runSellerOrderTransition } from "../../../../../../vendor/orders/transition"
import { retrieveStoreOrderGroup } from "../../../../helpers"

/**
 * POST /store/order-groups/:id/orders/:order_id/confirm-receipt — the
 * shopper received a shipped seller order (shipped → delivered, with the
 * completion date; otherwise 409). Answers the whole group.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const done = await runSellerOrderTransition(res, () =>
    deliverSellerOrderWorkflow(req.scope).run({
      input: {
        order_id: req.params.order_id,
        delivered_by: req.auth_context.actor_id,
      },
    })
  )
  if (!done) return
  res.json({
    order_group: await retrieveStoreOrderGroup(req.scope, req.params.id),
  })
}
