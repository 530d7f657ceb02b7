import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules, toHandle } from "@medusajs/framework/utils"
import { createSellerWorkflow } from "../../../workflows/seller/workflows/create-seller"
import { retrieveVendorSeller } from "./helpers"
import type { VendorCreateSellerType } from "./validators"

/**
 * POST /vendor/sellers — second step of seller sign-up, with the token from
 * `POST /auth/seller/emailpass/register`: creates the seller (pending until an
 * operator approves it) with the caller as owner. Log in again (or refresh the
 * token) afterwards to get a token that carries the seller actor.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorCreateSellerType>,
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
      "Seller sign-up needs an e-mail and password account"
    )
  }

  const { member_name, handle, ...profile } = req.validatedBody
  const { result } = await createSellerWorkflow(req.scope).run({
    input: {
      auth_identity_id: identity.id,
      seller: {
        ...profile,
        email,
        handle: handle ?? toHandle(profile.name),
      },
      owner: { email, name: member_name ?? null },
    },
  })

  const seller = await retrieveVendorSeller(req.scope, result.seller.id)
  res.status(201).json({ seller })
}
