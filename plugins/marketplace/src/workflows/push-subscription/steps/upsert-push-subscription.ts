import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PUSH_SUBSCRIPTION_MODULE } from "../../../modules/push-subscription"
import type PushSubscriptionModuleService from "../../../modules/push-subscription/service"

export type UpsertPushSubscriptionInput = {
  customer_id: string
  endpoint: string
  keys: { p256dh: string; auth: string }
  user_agent?: string | null
}

/** What compensation needs: the row it created, or the fields it changed. */
type Undo =
  { created: true; id: string } | { created: false; previous: Previous }

type Previous = {
  id: string
  customer_id: string
  p256dh: string
  auth: string
  user_agent: string | null
}

/** The lock every write of one endpoint's subscription takes. */
export const pushSubscriptionLockKey = (endpoint: string) =>
  `marketplace:push-subscription:${endpoint}`

/**
 * Saves a browser's subscription under its endpoint: a new row, or the
 * endpoint's row with the new keys, owner and user agent (a browser that
 * subscribes again, or another shopper signing in on it). Under a lock on
 * the endpoint, so two calls for one endpoint make one row. Compensation
 * deletes the row it created or restores the fields it changed.
 */
export const upsertPushSubscriptionStep = createStep(
  "marketplace-upsert-push-subscription-step",
  async (input: UpsertPushSubscriptionInput, { container }) => {
    const subscriptions = container.resolve<PushSubscriptionModuleService>(
      PUSH_SUBSCRIPTION_MODULE
    )
    const locking = container.resolve(Modules.LOCKING)
    return locking.execute(
      pushSubscriptionLockKey(input.endpoint),
      async () => {
        const fields = {
          customer_id: input.customer_id,
          p256dh: input.keys.p256dh,
          auth: input.keys.auth,
          user_agent: input.user_agent ?? null,
        }
        const [existing] = (await subscriptions.listPushSubscriptions({
          endpoint: input.endpoint,
        })) as unknown as Previous[]
        if (existing) {
          await subscriptions.updatePushSubscriptions({
            id: existing.id,
            ...fields,
          })
          return new StepResponse<{ id: string }, Undo>(
            { id: existing.id },
            { created: false, previous: existing }
          )
        }
        const created = await subscriptions.createPushSubscriptions({
          endpoint: input.endpoint,
          ...fields,
        })
        return new StepResponse<{ id: string }, Undo>(
          { id: created.id },
          { created: true, id: created.id }
        )
      }
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const subscriptions = container.resolve<PushSubscriptionModuleService>(
      PUSH_SUBSCRIPTION_MODULE
    )
    if (undo.created) {
      await subscriptions.deletePushSubscriptions(undo.id)
      return
    }
    const { id, customer_id, p256dh, auth, user_agent } = undo.previous
    await subscriptions.updatePushSubscriptions({
      id,
      customer_id,
      p256dh,
      auth,
      user_agent,
    })
  }
)
