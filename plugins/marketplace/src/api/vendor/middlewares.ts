import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MarketplaceModules, SELLER_ACTOR_TYPE } from "../../types"
import type SellerModuleService from "../../modules/seller/service"
import type { SellerStatus, SellerMemberRole } from "../../types"

/** Who is calling a /vendor route, set by `vendorAuth` for every route but sign-up. */
export type SellerContext = {
  seller_id: string
  member_id: string
  role: SellerMemberRole
  status: SellerStatus
}

export type VendorRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  seller_context: SellerContext
}

/** Routes called with the token from sign-up, before the identity has a seller actor. */
const ACTORLESS_ROUTES = ["/vendor/sellers", "/vendor/invites/accept"]

const signUp = authenticate(SELLER_ACTOR_TYPE, ["bearer"], {
  allowUnregistered: true,
})
const member = authenticate(SELLER_ACTOR_TYPE, ["bearer", "session"])

/**
 * The one place where /vendor requests are authenticated and scoped:
 * - `POST /vendor/sellers` and `POST /vendor/invites/accept` take the token
 *   from sign-up (no actor yet);
 * - every other route needs a `seller` actor, whose member row gives the
 *   seller every route and query is then scoped to (`req.seller_context`).
 * Customer and admin tokens are refused (wrong actor type).
 */
export async function vendorAuth(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const path = req.originalUrl.split("?")[0].replace(/\/$/, "")
  if (req.method === "POST" && ACTORLESS_ROUTES.includes(path)) {
    return signUp(req, res, next)
  }

  await member(req, res, async (err?: unknown) => {
    if (err) return next(err)
    try {
      const service: SellerModuleService = req.scope.resolve(
        MarketplaceModules.SELLER
      )
      const [found] = await service.listSellerMembers(
        { id: req.auth_context.actor_id },
        { relations: ["seller"] }
      )
      if (!found?.seller) {
        throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
      }
      ;(req as VendorRequest).seller_context = {
        seller_id: found.seller.id,
        member_id: found.id,
        role: found.role as SellerMemberRole,
        status: found.seller.status as SellerStatus,
      }
      next()
    } catch (e) {
      next(e)
    }
  })
}

export const vendorAuthMiddlewares: MiddlewareRoute[] = [
  { matcher: "/vendor*", middlewares: [vendorAuth] },
]
