import type {
  ConfigModule,
  INotificationModuleService,
  Logger,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MESSAGE_MODULE } from "../../../modules/marketplace-message"
import type MarketplaceMessageModuleService from "../../../modules/marketplace-message/service"
import { PUSH_SUBSCRIPTION_MODULE } from "../../../modules/push-subscription"
import type PushSubscriptionModuleService from "../../../modules/push-subscription/service"
import {
  WEB_PUSH_GONE_PREFIX,
  WEB_PUSH_REFUSED_PREFIX,
} from "../../../providers/web-push/service"
import { PUSH_NOTIFICATION_CHANNEL } from "../../../types"
import {
  backoffDelay,
  errorMessage,
  isPermanentSendError,
  sleep,
} from "./retry"

/** One push notification to one subscription (input of the push send step). */
export type PushMessageInput = {
  /**
   * Names the push: sent once per key, however often the event is
   * delivered. Each attempt is the notification `<key>:<attempt>`.
   */
  idempotency_key: string
  subscription_id: string
  template: string
  /** The JSON payload the browser receives. */
  payload: Record<string, unknown>
  resource_type?: string
  resource_id?: string
}

export type PushOutcome = {
  idempotency_key: string
  subscription_id: string
  /**
   * sent now; skipped: sent before; gone: the push service no longer knows
   * the subscription (deleted) or it was removed meanwhile; failed: every
   * try of this run failed.
   */
  status: "sent" | "skipped" | "gone" | "failed"
  notification_id?: string
}

type ProviderDeclaration = { options?: { channels?: unknown } }

/**
 * Whether a Notification Module provider takes the `push` channel in this
 * app's configuration (medusa-config.ts registers the web-push provider only
 * with VAPID keys). Without one nothing is sent and no notification row is
 * written.
 */
export function isPushConfigured(container: MedusaContainer): boolean {
  const config = container.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const declaration = config.modules?.[Modules.NOTIFICATION]
  if (!declaration || typeof declaration !== "object") return false
  const providers = (declaration as { options?: { providers?: unknown } })
    .options?.providers
  return (
    Array.isArray(providers) &&
    (providers as ProviderDeclaration[]).some(
      (p) =>
        Array.isArray(p?.options?.channels) &&
        (p.options.channels as unknown[]).includes(PUSH_NOTIFICATION_CHANNEL)
    )
  )
}

/** The push service answered 404/410: the subscription expired or was revoked. */
export function isPushSubscriptionGone(e: unknown): boolean {
  return errorMessage(e).includes(WEB_PUSH_GONE_PREFIX)
}

/** The provider refused the endpoint before sending (not https:, credentials): retrying cannot help. */
export function isPushEndpointRefused(e: unknown): boolean {
  return errorMessage(e).includes(WEB_PUSH_REFUSED_PREFIX)
}

type NotificationRow = {
  id: string
  idempotency_key: string | null
  status: string
}

/**
 * Sends one push once, through Medusa's Notification Module (channel
 * `push`), like the e-mails: under a lock on its key, skipped when an
 * earlier attempt was sent, else tried up to the plugin's
 * `notification_attempts` with its exponential back-off, each attempt its
 * own notification `<key>:<attempt>` (a failed one stays recorded). A
 * 404/410 answer deletes the subscription and stops; an endpoint the
 * provider refuses (not https:) is not retried. A push that failed
 * every try is logged and left: the push service keeps queued messages for
 * offline browsers itself, and a status notice hours late is noise, so
 * pushes are not part of the resend job.
 */
export async function sendPush(
  container: MedusaContainer,
  input: PushMessageInput
): Promise<PushOutcome> {
  const locking = container.resolve(Modules.LOCKING)
  const notifications = container.resolve<INotificationModuleService>(
    Modules.NOTIFICATION
  )
  const subscriptions = container.resolve<PushSubscriptionModuleService>(
    PUSH_SUBSCRIPTION_MODULE
  )
  const messages = container.resolve<MarketplaceMessageModuleService>(
    MARKETPLACE_MESSAGE_MODULE
  )
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const outcome = (
    status: PushOutcome["status"],
    notification_id?: string
  ): PushOutcome => ({
    idempotency_key: input.idempotency_key,
    subscription_id: input.subscription_id,
    status,
    ...(notification_id ? { notification_id } : {}),
  })

  return locking.execute(
    `marketplace:push:${input.idempotency_key}`,
    async () => {
      const [subscription] = await subscriptions.listPushSubscriptions({
        id: input.subscription_id,
      })
      if (!subscription) return outcome("gone")

      const prefix = `${input.idempotency_key}:`
      const previous = (
        (await notifications.listNotifications(
          {
            to: subscription.endpoint,
            channel: PUSH_NOTIFICATION_CHANNEL,
            ...(input.resource_id ? { resource_id: input.resource_id } : {}),
          },
          { select: ["id", "idempotency_key", "status"] }
        )) as unknown as NotificationRow[]
      ).filter((n) => n.idempotency_key?.startsWith(prefix))
      const sent = previous.find((n) => n.status === "success")
      if (sent) return outcome("skipped", sent.id)
      let attempt = Math.max(
        0,
        ...previous.map(
          (n) => Number(n.idempotency_key!.slice(prefix.length)) || 0
        )
      )

      const { attempts, backoff_ms } = messages.getSendOptions()
      for (let run = 1; run <= attempts; run++) {
        await sleep(backoffDelay(run, backoff_ms))
        attempt++
        try {
          const [created] = (await notifications.createNotifications([
            {
              to: subscription.endpoint,
              channel: PUSH_NOTIFICATION_CHANNEL,
              template: input.template,
              content: {
                subject: String(input.payload.title ?? ""),
                text: String(input.payload.body ?? ""),
              },
              data: input.payload,
              provider_data: {
                keys: { p256dh: subscription.p256dh, auth: subscription.auth },
              },
              receiver_id: subscription.customer_id,
              resource_id: input.resource_id,
              resource_type: input.resource_type,
              trigger_type: input.template,
              idempotency_key: `${prefix}${attempt}`,
            },
          ])) as unknown as { id: string }[]
          return outcome("sent", created?.id)
        } catch (e) {
          const message = errorMessage(e).slice(0, 1000)
          if (isPushSubscriptionGone(e)) {
            // Unless the browser subscribed again with new keys meanwhile.
            const [current] = await subscriptions.listPushSubscriptions({
              id: subscription.id,
            })
            if (
              current?.p256dh === subscription.p256dh &&
              current.auth === subscription.auth
            ) {
              await subscriptions.deletePushSubscriptions(subscription.id)
            }
            logger.info(
              `marketplace: push subscription ${subscription.id} removed, its push service answered: ${message}`
            )
            return outcome("gone")
          }
          logger.warn(
            `marketplace: push ${input.template} to ${subscription.id} (${input.idempotency_key}) attempt ${attempt} failed: ${message}`
          )
          if (isPermanentSendError(e) || isPushEndpointRefused(e)) break
        }
      }
      return outcome("failed")
    },
    { timeout: 120 }
  )
}
