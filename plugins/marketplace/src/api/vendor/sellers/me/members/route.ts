import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../../middlewares"
import { vendorMemberFields } from "../../query-config"

/** GET /vendor/sellers/me/members — the people who log in for the caller's seller. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members } = await query.graph({
    entity: "seller_member",
    fields: vendorMemberFields,
    filters: { seller_id: req.seller_context.seller_id },
  })
  res.json({ members, count: members.length })
}
