import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MESSAGE_MODULE } from "../../../modules/marketplace-message"
import type MarketplaceMessageModuleService from "../../../modules/marketplace-message/service"
import { renderNotification } from "../../../notifications/render"
import type { MarketplaceMessageInput } from "../../../notifications/types"
import {
  backoffDelay,
  errorMessage,
  isPermanentSendError,
  sleep,
} from "./retry"

export type MessageRow = {
  id: string
  idempotency_key: string
  template: string
  channel: string
  to: string
  locale: string
  subject: string
  html: string
  text: string
  data: Record<string, unknown> | null
  resource_type: string | null
  resource_id: string | null
  status: "pending" | "sent" | "failed"
  attempts: number
  errors: { attempt: number; at: string; message: string }[] | null
}

export type SendOutcome = {
  idempotency_key: string
  message_id: string
  /** sent now; skipped: already sent before; failed: every try of this run failed. */
  status: "sent" | "skipped" | "failed"
}

/**
 * Renders and sends one message once: under a lock on its idempotency key it
 * finds or writes the message row (content included), does nothing when the
 * row is already sent, else delivers it (see deliverMessage).
 */
export async function sendMessage(
  container: MedusaContainer,
  input: MarketplaceMessageInput
): Promise<SendOutcome> {
  const locking = container.resolve(Modules.LOCKING)
  const messages = container.resolve<MarketplaceMessageModuleService>(
    MARKETPLACE_MESSAGE_MODULE
  )
  return locking.execute(
    `marketplace:message:${input.idempotency_key}`,
    async () => {
      const [existing] = (await messages.listMarketplaceMessages({
        idempotency_key: input.idempotency_key,
      })) as unknown as MessageRow[]
      if (existing?.status === "sent") {
        return {
          idempotency_key: input.idempotency_key,
          message_id: existing.id,
          status: "skipped" as const,
        }
      }
      let row = existing
      if (!row) {
        const rendered = renderNotification(
          input.template,
          input.data as never,
          input.locale
        )
        row = (await messages.createMarketplaceMessages({
          idempotency_key: input.idempotency_key,
          template: input.template,
          channel: "email",
          to: input.to,
          locale: rendered.locale,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          data: input.data as unknown as Record<string, unknown>,
          resource_type: input.resource_type ?? null,
          resource_id: input.resource_id ?? null,
          status: "pending",
          attempts: 0,
        })) as unknown as MessageRow
      }
      return deliverMessage(container, row)
    },
    { timeout: 120 }
  )
}

/**
 * Sends a stored message through Medusa's Notification module (channel
 * `email`, whichever provider has it), trying up to the configured number of
 * times with exponential back-off. Each attempt is its own notification with
 * the key `<message key>:<attempt>` — Medusa keeps a failed notification row
 * under its key, so a retry needs a new one, and after a crash the same
 * attempt number finds the sent notification instead of sending twice. Each
 * failed attempt is logged (warn) and recorded in the row's `errors`.
 */
export async function deliverMessage(
  container: MedusaContainer,
  row: MessageRow
): Promise<SendOutcome> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const messages = container.resolve<MarketplaceMessageModuleService>(
    MARKETPLACE_MESSAGE_MODULE
  )
  const { attempts, backoff_ms } = messages.getSendOptions()
  const errors = [...(row.errors ?? [])]
  let attempt = row.attempts

  for (let run = 1; run <= attempts; run++) {
    await sleep(backoffDelay(run, backoff_ms))
    attempt++
    try {
      const [sent] = (await notifications.createNotifications([
        {
          to: row.to,
          channel: row.channel,
          template: row.template,
          content: { subject: row.subject, html: row.html, text: row.text },
          data: row.data ?? {},
          resource_id: row.resource_id ?? undefined,
          resource_type: row.resource_type ?? undefined,
          trigger_type: row.template,
          idempotency_key: `${row.idempotency_key}:${attempt}`,
        },
      ])) as unknown as { id: string; provider_id?: string | null }[]
      await messages.updateMarketplaceMessages({
        id: row.id,
        status: "sent",
        attempts: attempt,
        notification_id: sent?.id ?? null,
        provider_id: sent?.provider_id ?? null,
        sent_at: new Date(),
        last_attempt_at: new Date(),
      })
      return {
        idempotency_key: row.idempotency_key,
        message_id: row.id,
        status: "sent",
      }
    } catch (e) {
      const message = errorMessage(e).slice(0, 1000)
      errors.push({ attempt, at: new Date().toISOString(), message })
      logger.warn(
        `marketplace: e-mail ${row.template} to ${row.to} (${row.idempotency_key}) attempt ${attempt} failed: ${message}`
      )
      await messages.updateMarketplaceMessages({
        id: row.id,
        status: "failed",
        attempts: attempt,
        // A JSON column: the list of failed attempts.
        errors: errors as unknown as Record<string, unknown>,
        last_attempt_at: new Date(),
      })
      if (isPermanentSendError(e)) break
    }
  }
  return {
    idempotency_key: row.idempotency_key,
    message_id: row.id,
    status: "failed",
  }
}
