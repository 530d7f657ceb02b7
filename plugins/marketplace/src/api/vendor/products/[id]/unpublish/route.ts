import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../middlewares"
import { updateSellerProductWorkflow } from "../../../../../workflows/product/workflows/update-seller-product"
import { retrieveVendorProduct } from "../../helpers"

/** POST /vendor/products/:id/unpublish — set the status to "draft". */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  await updateSellerProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      id: req.params.id,
      update: { status: "draft" },
    },
  })
  const product = await retrieveVendorProduct(req.scope, req.params.id)
  res.json({ product })
}
