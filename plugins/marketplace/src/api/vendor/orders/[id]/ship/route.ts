import type { MedusaResponse } from "@medusajs/framework/http"
import { shipSellerOrderWorkflow } from "../../../../../workflows/order-lifecycle/workflows/ship-seller-order"
import type { VendorRequest } from "../../../middlewares"
import { retrieveVendorOrder } from "../../helpers"
import { runSellerOrderTransition } from "../../transition"
import type { VendorShipOrderType } from "../../validators"

/** POST /vendor/orders/:id/ship — processing → shipped, with the tracking number. */
export async function POST(
  req: VendorRequest<VendorShipOrderType>,
  res: MedusaResponse
) {
  const body = req.validatedBody
  const done = await runSellerOrderTransition(res, () =>
    shipSellerOrderWorkflow(req.scope).run({
      input: {
        order_id: req.params.id,
        tracking_number: body.tracking_number,
        tracking_url: body.tracking_url,
        label_url: body.label_url,
        shipped_by: req.seller_context.member_id,
      },
    })
  )
  if (!done) return
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
