/**
 * Medusa Notification Module provider for the `whatsapp` channel. Sends the
 * notification's text to the phone number in `to`, through the WhatsApp Cloud
 * API or a Fonnte-style gateway (option `transport`), and returns the
 * provider's message id (stored by Medusa as the notification's external_id).
 */
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import { sendViaCloud } from "./cloud"
import { sendViaGateway } from "./gateway"
import { resolveWhatsAppOptions } from "./options"
import { normalizeWhatsAppNumber } from "./phone"
import type { ResolvedWhatsAppOptions, WhatsAppProviderOptions } from "./types"

type InjectedDependencies = {
  logger: Logger
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0
}

/**
 * The text to send: `content.text`, else `data.text`, else `data.message`.
 * Sent as given (not trimmed).
 */
export function whatsAppMessageText(
  notification: Pick<ProviderSendNotificationDTO, "content" | "data">
): string {
  const fromContent = notification.content?.text
  if (nonEmptyString(fromContent)) return fromContent
  const data = notification.data ?? {}
  if (nonEmptyString(data.text)) return data.text
  if (nonEmptyString(data.message)) return data.message
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "whatsapp: nothing to send: give content.text (or data.text / data.message)"
  )
}

/** "6281234567890" → "6281*******90", for logs. */
function maskNumber(number: string): string {
  return `${number.slice(0, 4)}${"*".repeat(Math.max(number.length - 6, 0))}${number.slice(-2)}`
}

export class WhatsAppNotificationService extends AbstractNotificationProviderService {
  static identifier = "whatsapp"

  protected readonly logger_: Logger
  protected readonly config_: ResolvedWhatsAppOptions

  /** Called by Medusa's provider loader at boot; throws naming the bad option. */
  static validateOptions(options: unknown): void {
    resolveWhatsAppOptions(options)
  }

  constructor(
    { logger }: InjectedDependencies,
    options: WhatsAppProviderOptions
  ) {
    super()
    this.logger_ = logger
    this.config_ = resolveWhatsAppOptions(options)
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "whatsapp: no notification information provided"
      )
    }
    const text = whatsAppMessageText(notification)
    const config = this.config_
    const to = normalizeWhatsAppNumber(notification.to, config.countryCode)

    const result =
      config.transport === "cloud"
        ? await sendViaCloud(config, to, text)
        : await sendViaGateway(config, to, text)

    if (result.id) {
      this.logger_.debug(
        `whatsapp ${config.transport}: message to ${maskNumber(to)} accepted, id ${result.id}`
      )
      return { id: result.id }
    }
    this.logger_.warn(
      `whatsapp ${config.transport}: message to ${maskNumber(to)} accepted but the answer had no message id`
    )
    return {}
  }
}
