/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are read untyped from the generated service; each function names the fields it reads */
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { VoucherModules, type DeliveryChannel } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { voucherMessage } from "./messages"
import { errorMessage, withRetries } from "./retry"

type Row = Record<string, any>

export type DeliveryOutcome = {
  purchase_id: string
  round: string
  /** Per channel: sent, failed (after the retries), error (nothing could be sent), skipped (already sent in this round). */
  channels: Partial<
    Record<DeliveryChannel, "sent" | "failed" | "error" | "skipped">
  >
}

/**
 * Sends a completed purchase's codes through Medusa's Notification module
 * (channel `whatsapp` to the order's phone number, channel `email` to its
 * e-mail), each attempt logged as a voucher_delivery row, retried with
 * exponential back-off. A round ("initial" after generation, "retry-…" for an
 * operator's resend) is sent at most once per channel: a repeated event finds
 * the round's `sent` row and does nothing, and the notification's
 * idempotency key stops a second send after a crash between the two writes.
 */
export async function deliverPurchase(
  container: MedusaContainer,
  purchaseId: string,
  round: string,
  channels: DeliveryChannel[]
): Promise<DeliveryOutcome> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    `vouchers:delivery:${purchaseId}`,
    () => deliverLocked(container, purchaseId, round, channels),
    { timeout: 120 }
  )
}

async function deliverLocked(
  container: MedusaContainer,
  purchaseId: string,
  round: string,
  channels: DeliveryChannel[]
): Promise<DeliveryOutcome> {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const notifications = container.resolve(Modules.NOTIFICATION)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const options = vouchers.getOptions()
  const purchase = (await vouchers.retrieveVoucherPurchase(purchaseId, {
    relations: ["package", "vouchers", "deliveries"],
  })) as Row
  const outcome: DeliveryOutcome = {
    purchase_id: purchaseId,
    round,
    channels: {},
  }
  if (purchase.status !== "completed") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `purchase ${purchaseId} is ${purchase.status}: only completed purchases have codes to deliver`
    )
  }
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "locale"],
    filters: { id: purchase.order_id },
  })
  const active = (purchase.vouchers as Row[])
    .filter((v) => ["active", "expired"].includes(v.status))
    .sort((a, b) => String(a.username).localeCompare(String(b.username)))
    .map((v) => ({
      username: String(v.username),
      password: String(v.password),
    }))
  const message = voucherMessage({
    package_name: purchase.package.name,
    order_display_id: (order as Row | undefined)?.display_id,
    vouchers: active,
    uptime_limit: purchase.package.uptime_limit,
    validity_hours: purchase.package.validity_hours,
    locale: (order as Row | undefined)?.locale,
  })
  const previous = (purchase.deliveries ?? []) as Row[]

  for (const channel of channels) {
    const to = channel === "whatsapp" ? purchase.phone : purchase.email
    const earlier = previous.filter(
      (d) => d.round === round && d.channel === channel
    )
    if (earlier.some((d) => d.status === "sent")) {
      outcome.channels[channel] = "skipped"
      continue
    }
    let attempt = earlier.length
    if (!to) {
      await vouchers.createVoucherDeliveries({
        purchase_id: purchaseId,
        round,
        channel,
        to: null,
        attempt: attempt + 1,
        status: "error",
        error_message:
          channel === "whatsapp"
            ? "the order has no phone number"
            : "the order has no e-mail address",
      } as any)
      outcome.channels[channel] = "error"
      continue
    }
    try {
      await withRetries(
        async () => {
          attempt++
          const [sent] = (await notifications.createNotifications([
            {
              to,
              channel,
              template: "voucher-codes",
              content:
                channel === "email"
                  ? {
                      subject: message.subject,
                      text: message.text,
                      html: toHtml(message.text),
                    }
                  : { text: message.text },
              data: {
                purchase_id: purchaseId,
                order_id: purchase.order_id,
                subject: message.subject,
                text: message.text,
              },
              resource_id: purchaseId,
              resource_type: "voucher_purchase",
              trigger_type: "voucher.delivery",
              // One key per attempt: a failed attempt is retried as a new notification;
              // after a crash the same attempt number finds the sent one and does not resend.
              idempotency_key: `voucher-delivery:${purchaseId}:${round}:${channel}:${attempt}`,
            },
          ])) as Row[]
          await vouchers.createVoucherDeliveries({
            purchase_id: purchaseId,
            round,
            channel,
            to,
            attempt,
            status: "sent",
            provider_response_id: sent?.external_id ?? null,
            notification_id: sent?.id ?? null,
          } as any)
        },
        {
          attempts: options.delivery_attempts,
          baseMs: options.delivery_backoff_ms,
          onError: async (e) => {
            const text = errorMessage(e)
            const noProvider =
              /could not find a notification provider|is not enabled/i.test(
                text
              )
            await vouchers.createVoucherDeliveries({
              purchase_id: purchaseId,
              round,
              channel,
              to,
              attempt,
              status: noProvider ? "error" : "failed",
              error_message: text.slice(0, 1000),
            } as any)
            logger.warn(
              `vouchers: ${channel} delivery of ${purchaseId} attempt ${attempt} failed: ${text}`
            )
          },
          retryable: (e) =>
            !/could not find a notification provider|is not enabled/i.test(
              errorMessage(e)
            ),
        }
      )
      outcome.channels[channel] = "sent"
    } catch (e) {
      outcome.channels[channel] =
        /could not find a notification provider|is not enabled/i.test(
          errorMessage(e)
        )
          ? "error"
          : "failed"
    }
  }
  if (
    Object.values(outcome.channels).includes("sent") &&
    !purchase.delivered_at
  ) {
    await vouchers.updateVoucherPurchases({
      id: purchaseId,
      delivered_at: new Date(),
    })
  }
  return outcome
}

function toHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
  return `<div style="font-family:sans-serif">${text
    .split("\n")
    .map((line) => (line ? `<p>${escape(line)}</p>` : ""))
    .join("")}</div>`
}
