import type { MedusaResponse } from "@medusajs/framework/http"
import { acceptSellerOrderWorkflow } from "../../../../../workflows/order-lifecycle/workflows/accept-seller-order"
import type { VendorRequest } from "../../../middlewares"
import { retrieveVendorOrder } from "../../helpers"
import { runSellerOrderTransition } from "../../transition"

/** POST /vendor/orders/:id/accept — pending → processing (fulfilled from the seller's location). */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  const done = await runSellerOrderTransition(res, () =>
    acceptSellerOrderWorkflow(req.scope).run({
      input: {
        order_id: req.params.id,
        accepted_by: req.seller_context.member_id,
      },
    })
  )
  if (!done) return
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
