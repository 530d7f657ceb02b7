import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "../middlewares"
import { ensureSellerOwns } from "../ownership"
import {
  VendorCreateSeller,
  VendorInviteMember,
  VendorUpdateSeller,
} from "./validators"

/** Managing members is the owner's job. */
function ownerOnly(
  req: VendorRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.seller_context.role !== "owner") {
    return next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only the seller's owner can manage members"
      )
    )
  }
  next()
}

export const vendorSellersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/sellers",
    middlewares: [validateAndTransformBody(VendorCreateSeller)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/me",
    middlewares: [validateAndTransformBody(VendorUpdateSeller)],
  },
  {
    method: ["POST"],
    matcher: "/vendor/sellers/me/members",
    middlewares: [ownerOnly, validateAndTransformBody(VendorInviteMember)],
  },
  {
    method: ["DELETE"],
    matcher: "/vendor/sellers/me/members/:id",
    middlewares: [ensureSellerOwns("seller_member"), ownerOnly],
  },
]
