import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PUSH_SUBSCRIPTION_MODULE } from "../../../modules/push-subscription"
import type PushSubscriptionModuleService from "../../../modules/push-subscription/service"
import { pushSubscriptionLockKey } from "./upsert-push-subscription"

type Deleted = {
  id: string
  customer_id: string
  endpoint: string
  p256dh: string
  auth: string
  user_agent: string | null
  created_at: Date
}

/**
 * Deletes the caller's subscription of an endpoint (the browser
 * unsubscribed). The one ownership check for it: an endpoint that is not
 * the customer's — someone else's or unknown — answers 404 and changes
 * nothing. Compensation puts the row back as it was (same id).
 */
export const deletePushSubscriptionStep = createStep(
  "marketplace-delete-push-subscription-step",
  async (input: { customer_id: string; endpoint: string }, { container }) => {
    const subscriptions = container.resolve<PushSubscriptionModuleService>(
      PUSH_SUBSCRIPTION_MODULE
    )
    const locking = container.resolve(Modules.LOCKING)
    return locking.execute(
      pushSubscriptionLockKey(input.endpoint),
      async () => {
        const [existing] = (await subscriptions.listPushSubscriptions({
          endpoint: input.endpoint,
          customer_id: input.customer_id,
        })) as unknown as Deleted[]
        if (!existing) {
          throw new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `Push subscription with endpoint: ${input.endpoint} was not found`
          )
        }
        await subscriptions.deletePushSubscriptions(existing.id)
        return new StepResponse({ id: existing.id }, existing)
      }
    )
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const { id, customer_id, endpoint, p256dh, auth, user_agent, created_at } =
      deleted
    await container
      .resolve<PushSubscriptionModuleService>(PUSH_SUBSCRIPTION_MODULE)
      .createPushSubscriptions({
        id,
        customer_id,
        endpoint,
        p256dh,
        auth,
        user_agent,
        created_at,
      } as never)
  }
)
