import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../../middlewares"
import { vendorMemberFields } from "../../query-config"
import type { VendorInviteMemberType } from "../../validators"
import { inviteSellerMemberWorkflow } from "../../../../../workflows/seller/workflows/seller-members"

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

/**
 * POST /vendor/sellers/me/members — the owner invites someone by e-mail. The
 * invitee signs up (`POST /auth/seller/emailpass/register`) with that e-mail
 * and calls `POST /vendor/invites/accept` with the sign-up token.
 */
export async function POST(
  req: VendorRequest<VendorInviteMemberType>,
  res: MedusaResponse
) {
  const { result } = await inviteSellerMemberWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, ...req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "seller_member",
    fields: vendorMemberFields,
    filters: { id: result.id },
  })
  res.status(201).json({ member })
}
