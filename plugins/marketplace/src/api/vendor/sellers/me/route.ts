import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../middlewares"
import { retrieveVendorSeller } from "../helpers"
import type { VendorUpdateSellerType } from "../validators"
import { updateSellerWorkflow } from "../../../../workflows/seller/workflows/update-seller"

/** GET /vendor/sellers/me — the caller's store profile. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const seller = await retrieveVendorSeller(
    req.scope,
    req.seller_context.seller_id
  )
  res.json({ seller })
}

/** POST /vendor/sellers/me — update the store profile (not status or commission). */
export async function POST(
  req: VendorRequest<VendorUpdateSellerType>,
  res: MedusaResponse
) {
  await updateSellerWorkflow(req.scope).run({
    input: { id: req.seller_context.seller_id, update: req.validatedBody },
  })
  const seller = await retrieveVendorSeller(
    req.scope,
    req.seller_context.seller_id
  )
  res.json({ seller })
}
