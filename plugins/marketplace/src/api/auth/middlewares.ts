import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_ACTOR_TYPE } from "../../types"
import { passwordProblem } from "./password-rules"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Password rules for seller accounts, before Medusa's own emailpass routes run. */
function enforceSellerPasswordRules(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = (req.body ?? {}) as { email?: unknown; password?: unknown }
  if (req.originalUrl.split("?")[0].endsWith("/register")) {
    if (typeof body.email !== "string" || !EMAIL.test(body.email)) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "email: must be a valid e-mail address"
        )
      )
    }
  }
  const problem = passwordProblem(body.password, body.email)
  if (problem) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  }
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: `/auth/${SELLER_ACTOR_TYPE}/emailpass/register`,
    middlewares: [enforceSellerPasswordRules],
  },
  {
    method: ["POST"],
    matcher: `/auth/${SELLER_ACTOR_TYPE}/emailpass/update`,
    middlewares: [enforceSellerPasswordRules],
  },
]
