import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../../../../middlewares"
import { removeSellerMemberWorkflow } from "../../../../../../workflows/seller/workflows/seller-members"

/** DELETE /vendor/sellers/me/members/:id — the owner removes a member (never the owner). */
export async function DELETE(req: VendorRequest, res: MedusaResponse) {
  await removeSellerMemberWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({ id: req.params.id, object: "seller_member", deleted: true })
}
