import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../middlewares"
import { requestActor } from "../../../actor"
import { updateSellerProductWorkflow } from "../../../../workflows/product/workflows/update-seller-product"
import { retrieveVendorProduct } from "../helpers"
import type { VendorUpdateProductType } from "../validators"

/** GET /vendor/products/:id (404 unless the caller's seller owns it). */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const product = await retrieveVendorProduct(req.scope, req.params.id)
  res.json({ product })
}

/** POST /vendor/products/:id — update fields, specifications, variants. */
export async function POST(
  req: VendorRequest<VendorUpdateProductType>,
  res: MedusaResponse
) {
  await updateSellerProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      id: req.params.id,
      update: req.validatedBody,
      actor: requestActor(req),
    },
  })
  const product = await retrieveVendorProduct(req.scope, req.params.id)
  res.json({ product })
}

/** DELETE /vendor/products/:id — soft delete with Medusa's own workflow. */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await deleteProductsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
