import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  deletePushSubscriptionWorkflow,
  upsertPushSubscriptionWorkflow,
} from "../../../workflows/push-subscription/workflows/push-subscriptions"
import type {
  StoreCreatePushSubscriptionType,
  StoreDeletePushSubscriptionType,
} from "./validators"

/** What the Store API shows of a subscription (never its keys). */
const FIELDS = ["id", "endpoint", "user_agent", "created_at"]

/** GET /store/push-subscriptions — the caller's subscribed browsers, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "push_subscription",
    fields: FIELDS,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ push_subscriptions: data })
}

/**
 * POST /store/push-subscriptions — subscribes the caller's browser: body
 * `{ endpoint, keys: { p256dh, auth } }` (the browser's PushSubscription).
 * The same endpoint again updates its keys and owner.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreatePushSubscriptionType>,
  res: MedusaResponse
) {
  const { endpoint, keys } = req.validatedBody
  const userAgent = req.get("user-agent")?.slice(0, 512) || null
  const { result } = await upsertPushSubscriptionWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      endpoint,
      keys,
      user_agent: userAgent,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [subscription],
  } = await query.graph({
    entity: "push_subscription",
    fields: ["id", "endpoint", "created_at"],
    filters: { id: result.id },
  })
  res.json({ push_subscription: subscription })
}

/** DELETE /store/push-subscriptions — body `{ endpoint }`: the caller's browser unsubscribed (404 for any other endpoint). */
export async function DELETE(
  req: AuthenticatedMedusaRequest<StoreDeletePushSubscriptionType>,
  res: MedusaResponse
) {
  const { endpoint } = req.validatedBody
  await deletePushSubscriptionWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, endpoint },
  })
  res.json({ endpoint, object: "push_subscription", deleted: true })
}
