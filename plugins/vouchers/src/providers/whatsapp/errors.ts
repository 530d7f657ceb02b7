/**
 * The error thrown when a WhatsApp message could not be handed over: an error
 * answer of the Cloud API or the gateway, or no answer at all (network error,
 * timeout). Messages never contain the access token.
 */
import { MedusaError } from "@medusajs/framework/utils"
import type { WhatsAppTransport } from "./types"

/**
 * Graph API error codes that mean "try again later": 1/2 unknown or temporary
 * error, 4 and 80007 app/account rate limits, 130429 throughput limit, 131000
 * generic error, 131016 service unavailable, 131048 spam rate limit, 131056
 * pair rate limit, 133004 server temporarily unavailable.
 */
const RETRYABLE_GRAPH_CODES = new Set([
  1, 2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 133004,
])

export class WhatsAppSendError extends MedusaError {
  readonly transport: WhatsAppTransport
  /** HTTP status of the answer; 0 when there was none (network error, timeout). */
  readonly httpStatus: number
  /** Graph API `error.code` (cloud) when the answer had one. */
  readonly errorCode?: number
  /**
   * True when sending again later may succeed (no answer, 429, 5xx, Graph
   * rate-limit or temporary codes). After a timeout the message may have been
   * accepted already, so a retry can deliver it twice.
   */
  readonly retryable: boolean

  constructor(
    transport: WhatsAppTransport,
    message: string,
    details: { httpStatus: number; errorCode?: number; retryable?: boolean }
  ) {
    super(MedusaError.Types.UNEXPECTED_STATE, message)
    this.name = "WhatsAppSendError"
    this.transport = transport
    this.httpStatus = details.httpStatus
    this.errorCode = details.errorCode
    this.retryable =
      details.retryable ??
      (details.httpStatus === 0 ||
        details.httpStatus === 429 ||
        details.httpStatus >= 500 ||
        (details.errorCode !== undefined &&
          RETRYABLE_GRAPH_CODES.has(details.errorCode)))
  }
}
