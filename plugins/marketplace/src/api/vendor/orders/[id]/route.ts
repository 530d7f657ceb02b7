import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../middlewares"
import { retrieveVendorOrder } from "../helpers"

/**
 * GET /vendor/orders/:id — one of the caller's orders: status, items,
 * shipping method and address, totals, earnings, fulfillments and tracking.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  res.json({ order: await retrieveVendorOrder(req.scope, req.params.id) })
}
