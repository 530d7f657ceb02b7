import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptSellerInviteWorkflow } from "../../../../workflows/seller/workflows/seller-members"

/**
 * POST /vendor/invites/accept — with the token from
 * `POST /auth/seller/emailpass/register`: the new identity becomes the member
 * a seller invited for its e-mail. Log in again afterwards.
 */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This account already belongs to a seller"
    )
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(
    req.auth_context.auth_identity_id,
    { relations: ["provider_identities"] }
  )
  const email = identity.provider_identities?.find(
    (p) => p.provider === "emailpass"
  )?.entity_id
  if (!email) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Accepting an invitation needs an e-mail and password account"
    )
  }
  const { result } = await acceptSellerInviteWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, email },
  })
  res.json({
    member: {
      id: result.id,
      email: result.email,
      name: result.name,
      role: result.role,
    },
  })
}
