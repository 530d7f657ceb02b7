import type {
  AuthenticatedMedusaRequest,
  MedusaRequest,
} from "@medusajs/framework/http"
import type { EventActor } from "../types"

/** The request's actor, as events carry it (null without an auth actor). */
export function requestActor(req: MedusaRequest): EventActor {
  const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
  return auth?.actor_id ? { type: auth.actor_type, id: auth.actor_id } : null
}
