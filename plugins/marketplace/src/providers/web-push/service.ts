import http from "node:http"
import https from "node:https"
import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import webpush from "web-push"
import { parseAllowHttpEndpoints, pushEndpointProblem } from "./endpoint"

export type WebPushOptions = {
  channels?: string[]
  /** VAPID public key: base64url of the uncompressed P-256 point (65 bytes). */
  vapid_public_key: string
  /** VAPID private key: base64url of the 32-byte P-256 scalar. */
  vapid_private_key: string
  /** VAPID `sub` claim: a `mailto:` or `https:` contact of the sender. */
  subject: string
  /** How long the push service keeps an undelivered message. Default 86400 s. */
  ttl_seconds?: number | string
  /** Request timeout. Default 10000 ms. */
  timeout_ms?: number | string
  /**
   * Send to plain `http:` endpoints too (WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true):
   * a local or test push service only. Default false: `https:` only.
   */
  allow_http_endpoints?: boolean | string
}

/**
 * `provider_data` of a push notification: the subscription's keys (the
 * endpoint is the notification's `to`).
 */
export type WebPushProviderData = {
  keys: { p256dh: string; auth: string }
  urgency?: "very-low" | "low" | "normal" | "high"
  topic?: string
}

/**
 * Starts the message of a send that failed because the push service no
 * longer knows the subscription (404 Not Found / 410 Gone, RFC 8030 §7.3):
 * the caller deletes the subscription instead of retrying.
 */
export const WEB_PUSH_GONE_PREFIX = "web-push: subscription gone"

/**
 * Starts the message of a send refused before any request because the
 * endpoint is not one the server may push to (see ./endpoint): retrying
 * cannot help.
 */
export const WEB_PUSH_REFUSED_PREFIX = "web-push: endpoint refused"

const DEFAULT_TTL_SECONDS = 86_400
const DEFAULT_TIMEOUT_MS = 10_000

function positive(value: unknown, fallback: number): number {
  const n = Number(value)
  return value !== undefined && value !== "" && Number.isFinite(n) && n >= 0
    ? n
    : fallback
}

type PushResponse = { status: number; headers: http.IncomingHttpHeaders }

/**
 * POSTs a prepared Web Push request. web-push's own `sendNotification`
 * always uses `https.request`, so a push service on plain http (a local or
 * test push server) is unreachable with it; this sends over http or https
 * by the endpoint's scheme and reads the status only.
 */
function post(
  endpoint: string,
  headers: Record<string, string | number>,
  body: Buffer | null,
  timeoutMs: number
): Promise<PushResponse> {
  const url = new URL(endpoint)
  const transport = url.protocol === "http:" ? http : https
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      { method: "POST", headers, timeout: timeoutMs },
      (response) => {
        response.resume()
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
          })
        )
        response.on("error", reject)
      }
    )
    request.on("timeout", () =>
      request.destroy(new Error(`no answer within ${timeoutMs} ms`))
    )
    request.on("error", reject)
    request.end(body ?? undefined)
  })
}

/**
 * Browser push notifications (Web Push, RFC 8030) with VAPID (RFC 8292) and
 * aes128gcm payload encryption (RFC 8291), built by the `web-push` package.
 * `to` is the subscription's endpoint, `provider_data.keys` its keys, and
 * the payload the notification's `data` as JSON. An endpoint that is not
 * `https:` (unless `allow_http_endpoints`) or has credentials is refused
 * before any request, with an error starting WEB_PUSH_REFUSED_PREFIX. A
 * 404/410 answer throws an error whose message starts with
 * WEB_PUSH_GONE_PREFIX; any other non-2xx answer or network error throws a
 * retryable error.
 */
export class WebPushNotificationService extends AbstractNotificationProviderService {
  static identifier = "belanjain-web-push"

  protected readonly vapid_: {
    subject: string
    publicKey: string
    privateKey: string
  }
  protected readonly ttlSeconds_: number
  protected readonly timeoutMs_: number
  protected readonly allowHttpEndpoints_: boolean

  constructor(_deps: { logger: Logger }, options: WebPushOptions) {
    super()
    this.vapid_ = {
      subject: options.subject,
      publicKey: options.vapid_public_key,
      privateKey: options.vapid_private_key,
    }
    this.ttlSeconds_ = positive(options.ttl_seconds, DEFAULT_TTL_SECONDS)
    this.timeoutMs_ = positive(options.timeout_ms, DEFAULT_TIMEOUT_MS)
    this.allowHttpEndpoints_ = parseAllowHttpEndpoints(
      options.allow_http_endpoints
    )
  }

  static validateOptions(options: Record<string, unknown>) {
    const { vapid_public_key, vapid_private_key, subject } = options
    if (!vapid_public_key || !vapid_private_key || !subject) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "Web Push needs vapid_public_key (WEB_PUSH_VAPID_PUBLIC_KEY), vapid_private_key (WEB_PUSH_VAPID_PRIVATE_KEY) and subject (WEB_PUSH_SUBJECT)"
      )
    }
    try {
      // Checks the keys' encoding and length and the subject (mailto:/https:).
      webpush.getVapidHeaders(
        "https://push.example",
        String(subject),
        String(vapid_public_key),
        String(vapid_private_key),
        "aes128gcm"
      )
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `Web Push options are not usable: ${e instanceof Error ? e.message : String(e)}`
      )
    }
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    const endpoint = notification.to
    const data = notification.provider_data as WebPushProviderData | undefined
    if (!endpoint || !data?.keys?.p256dh || !data.keys.auth) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "web-push: a push notification needs `to` (the subscription endpoint) and provider_data.keys { p256dh, auth }"
      )
    }
    // Checked again here, not only when subscribing: rows stored before the
    // rule, or under another allow_http_endpoints setting, are not sent.
    const problem = pushEndpointProblem(endpoint, {
      allow_http: this.allowHttpEndpoints_,
    })
    if (problem) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${WEB_PUSH_REFUSED_PREFIX}: the endpoint ${problem}`
      )
    }
    const payload = JSON.stringify(notification.data ?? {})
    const details = webpush.generateRequestDetails(
      { endpoint, keys: data.keys },
      payload,
      {
        vapidDetails: this.vapid_,
        TTL: this.ttlSeconds_,
        contentEncoding: "aes128gcm",
        ...(data.urgency ? { urgency: data.urgency } : {}),
        ...(data.topic ? { topic: data.topic } : {}),
      }
    )
    let response: PushResponse
    try {
      response = await post(
        details.endpoint,
        details.headers as Record<string, string | number>,
        details.body,
        this.timeoutMs_
      )
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `web-push: ${new URL(endpoint).origin} did not answer: ${e instanceof Error ? e.message : String(e)}`
      )
    }
    if (response.status === 404 || response.status === 410) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${WEB_PUSH_GONE_PREFIX} (${response.status}): ${endpoint}`
      )
    }
    if (response.status < 200 || response.status > 299) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `web-push: ${new URL(endpoint).origin} answered ${response.status}`
      )
    }
    // RFC 8030 §5: the push service names the message it accepted in Location.
    const location = response.headers.location
    return { id: typeof location === "string" ? location : undefined }
  }
}
