import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { retrieveStoreOrderGroup } from "../helpers"

/** GET /store/order-groups/:id — one of the shopper's checkouts (ownership: middleware). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({
    order_group: await retrieveStoreOrderGroup(req.scope, req.params.id),
  })
}
