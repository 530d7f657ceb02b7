import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../middlewares"
import {
  deleteSellerShippingOptionWorkflow,
  updateSellerShippingOptionWorkflow,
} from "../../../../workflows/shipping/workflows/seller-shipping-options"
import { retrieveVendorShippingOption } from "../helpers"
import type { VendorUpdateShippingOptionType } from "../validators"

/** GET /vendor/shipping-options/:id (404 unless the caller's seller owns it). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const shipping_option = await retrieveVendorShippingOption(
    req.scope,
    req.params.id
  )
  res.json({ shipping_option })
}

/** POST /vendor/shipping-options/:id — rename or re-price. */
export async function POST(
  req: VendorRequest<VendorUpdateShippingOptionType>,
  res: MedusaResponse
) {
  await updateSellerShippingOptionWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      id: req.params.id,
      update: req.validatedBody,
    },
  })
  const shipping_option = await retrieveVendorShippingOption(
    req.scope,
    req.params.id
  )
  res.json({ shipping_option })
}

/** DELETE /vendor/shipping-options/:id */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await deleteSellerShippingOptionWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "shipping_option", deleted: true })
}
