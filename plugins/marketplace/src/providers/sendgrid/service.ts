import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
  SendgridNotificationServiceOptions,
} from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import sendgridProvider, {
  discoveryPath,
} from "@medusajs/medusa/notification-sendgrid"

export type BelanjainSendgridOptions = SendgridNotificationServiceOptions & {
  /**
   * SendGrid API base URL. Default https://api.sendgrid.com; e.g.
   * https://api.eu.sendgrid.com for the EU region, or a test server.
   */
  api_url?: string
  /** Request timeout (@sendgrid/client has none by default). Default 10000 ms. */
  timeout_ms?: number
}

type SendgridServiceClass = new (
  deps: { logger: Logger },
  options: SendgridNotificationServiceOptions
) => InstanceType<
  typeof import("@medusajs/framework/utils").AbstractNotificationProviderService
>

/** Medusa's SendGrid service: the only service its provider package registers. */
const MedusaSendgridService = (
  sendgridProvider as unknown as { services: SendgridServiceClass[] }
).services[0]

type SendgridClient = {
  setDefaultRequest: (key: string, value: unknown) => void
}

type SendgridError = {
  code?: number
  response?: { body?: { errors?: { message?: string }[] } }
}

/**
 * The `@sendgrid/mail` singleton Medusa's service sends through, resolved
 * from Medusa's provider package so it is the same instance (and the same
 * version) it uses.
 */
function sendgridMail(): {
  client: SendgridClient
  send: (message: Record<string, unknown>) => Promise<unknown>
} {
  const path = require.resolve("@sendgrid/mail", { paths: [discoveryPath] })
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path)
  return mod.default ?? mod
}

/**
 * Medusa's SendGrid notification provider (`content.subject`/`html` when
 * content is given, else the SendGrid template named by `template`) plus an
 * `api_url` option: @sendgrid/client's `baseUrl`, set after the API key (which
 * resets it to the region's host), and a request timeout. Messages with
 * `content.text` go out as multipart/alternative (text/plain and text/html):
 * Medusa's service sends the HTML part only.
 */
export class BelanjainSendgridService extends MedusaSendgridService {
  static identifier = "belanjain-sendgrid"

  constructor(deps: { logger: Logger }, options: BelanjainSendgridOptions) {
    super(deps, options)
    if (options.api_url) {
      let url: URL
      try {
        url = new URL(options.api_url)
      } catch {
        throw new MedusaError(
          MedusaError.Types.INVALID_ARGUMENT,
          `SendGrid api_url (SENDGRID_API_URL) is not a URL: "${options.api_url}"`
        )
      }
      sendgridMail().client.setDefaultRequest(
        "baseUrl",
        url.href.endsWith("/") ? url.href : `${url.href}/`
      )
    }
    // A hung request would hold the message's lock; fail it and retry instead.
    sendgridMail().client.setDefaultRequest(
      "timeout",
      Number(options.timeout_ms) > 0 ? Number(options.timeout_ms) : 10_000
    )
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const content = notification?.content
    if (!content?.text || !content.html) return super.send(notification)
    const config = (this as unknown as { config_: { from: string } }).config_
    const personalizations = (
      notification.provider_data as { personalizations?: unknown[] } | null
    )?.personalizations
    const message = {
      from: notification.from?.trim() || config.from,
      dynamicTemplateData: notification.data,
      attachments: notification.attachments?.map((a) => ({
        content: a.content,
        filename: a.filename,
        content_type: a.content_type,
        disposition: a.disposition ?? "attachment",
        id: a.id ?? undefined,
      })),
      ...(personalizations?.length
        ? { personalizations }
        : { to: notification.to }),
      subject: content.subject,
      text: content.text,
      html: content.html,
    }
    try {
      await sendgridMail().send(message)
      return {}
    } catch (e) {
      // the same error Medusa's service throws
      const error = e as SendgridError
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Failed to send email: ${error.code} - ${error.response?.body?.errors?.[0]?.message ?? "unknown error"}`
      )
    }
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.api_key || !options.from) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "SendGrid needs api_key (SENDGRID_API_KEY) and from (SENDGRID_FROM)"
      )
    }
  }
}
