import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelSellerOrderWorkflow } from "../../../../../workflows/order-lifecycle/workflows/cancel-seller-order"
import type { VendorRequest } from "../../../middlewares"
import { retrieveVendorOrder } from "../../helpers"
import { runSellerOrderTransition } from "../../transition"
import type { VendorCancelOrderType } from "../../validators"

/**
 * POST /vendor/orders/:id/cancel — a pending or processing order is
 * cancelled: its stock is restored and its share of the payment given back.
 */
export async function POST(
  req: VendorRequest<VendorCancelOrderType>,
  res: MedusaResponse
) {
  const done = await runSellerOrderTransition(res, () =>
    cancelSellerOrderWorkflow(req.scope).run({
      input: {
        order_id: req.params.id,
        reason: req.validatedBody.reason,
        canceled_via: "seller",
        canceled_by: req.seller_context.member_id,
      },
    })
  )
  if (!done) return
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
