import { MedusaError } from "@medusajs/framework/utils"
import type {
  MidtransRefundResponse,
  MidtransTransaction,
  SnapTransactionRequest,
  SnapTransactionResponse,
} from "./types"

export const SNAP_SANDBOX_URL = "https://app.sandbox.midtrans.com"
export const SNAP_PRODUCTION_URL = "https://app.midtrans.com"
export const CORE_SANDBOX_URL = "https://api.sandbox.midtrans.com"
export const CORE_PRODUCTION_URL = "https://api.midtrans.com"
export const DEFAULT_TIMEOUT_MS = 15_000

export type MidtransClientConfig = {
  serverKey: string
  isProduction: boolean
  /** Overrides both hosts: Snap and the Core API are served under it. */
  baseUrl?: string
  timeoutMs?: number
}

/** The two Midtrans hosts: Snap (checkout) and the Core API (status, capture, refund...). */
export function midtransHosts(config: {
  isProduction: boolean
  baseUrl?: string
}): { snap: string; core: string } {
  if (config.baseUrl) {
    const base = config.baseUrl.replace(/\/+$/, "")
    return { snap: base, core: base }
  }
  return config.isProduction
    ? { snap: SNAP_PRODUCTION_URL, core: CORE_PRODUCTION_URL }
    : { snap: SNAP_SANDBOX_URL, core: CORE_SANDBOX_URL }
}

/**
 * An error answered by Midtrans (or no answer at all). `httpStatus` is the
 * HTTP status (0 when the request failed or timed out), `statusCode` the
 * `status_code` of Midtrans' body when it had one.
 */
export class MidtransApiError extends MedusaError {
  readonly httpStatus: number
  readonly statusCode?: string

  constructor(
    type: string,
    message: string,
    httpStatus: number,
    statusCode?: string
  ) {
    super(type, message)
    this.httpStatus = httpStatus
    this.statusCode = statusCode
  }
}

type RequestOptions = {
  /**
   * `status_code` values of the body that mean success. Midtrans' Core API
   * puts the outcome in the body's `status_code`, sometimes with HTTP 200
   * for an error; the expire API answers a success with "407".
   */
  okStatusCodes?: string[]
}

/** Midtrans' error text: `status_message`, or Snap's `error_messages`. */
function describeBody(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined
  const b = body as Record<string, unknown>
  if (Array.isArray(b.error_messages) && b.error_messages.length) {
    return b.error_messages.map(String).join("; ")
  }
  if (typeof b.status_message === "string") return b.status_message
  return undefined
}

function errorTypeFor(httpStatus: number, statusCode?: string): string {
  const code = Number(statusCode ?? httpStatus)
  // 401/403: our server key is wrong: a configuration problem, not the caller's.
  if (code === 401 || code === 403 || httpStatus === 401 || httpStatus === 403)
    return MedusaError.Types.UNEXPECTED_STATE
  // 412: "Transaction status cannot be updated" (wrong state for the action).
  if (code === 412) return MedusaError.Types.NOT_ALLOWED
  if (code === 404) return MedusaError.Types.NOT_FOUND
  if (code >= 400 && code < 500) return MedusaError.Types.INVALID_DATA
  return MedusaError.Types.UNEXPECTED_STATE
}

/**
 * A small Midtrans HTTP client on Node's `fetch`: HTTP Basic auth with the
 * server key as user name and an empty password, JSON both ways, a timeout on
 * every request.
 */
export class MidtransClient {
  readonly snapUrl: string
  readonly coreUrl: string
  private readonly authorization: string
  private readonly timeoutMs: number

  constructor(config: MidtransClientConfig) {
    const hosts = midtransHosts(config)
    this.snapUrl = hosts.snap
    this.coreUrl = hosts.core
    this.authorization = `Basic ${Buffer.from(`${config.serverKey}:`).toString("base64")}`
    this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  /** Snap: creates a checkout transaction, answered with a token and a redirect URL. */
  async createSnapTransaction(
    body: SnapTransactionRequest
  ): Promise<SnapTransactionResponse> {
    const { body: res } = await this.request<SnapTransactionResponse>(
      "POST",
      `${this.snapUrl}/snap/v1/transactions`,
      body
    )
    if (!res?.token) {
      throw new MidtransApiError(
        MedusaError.Types.UNEXPECTED_STATE,
        "Midtrans: Snap answered without a transaction token",
        201
      )
    }
    return res
  }

  /**
   * Status API. Resolves `null` when Midtrans has no transaction for the
   * order (the shopper has not chosen a payment method in Snap yet): Midtrans
   * says so with HTTP 404, or with HTTP 200 and `status_code: "404"`.
   */
  async getStatus(orderId: string): Promise<MidtransTransaction | null> {
    const { httpStatus, body } = await this.send(
      "GET",
      `${this.coreUrl}/v2/${encodeURIComponent(orderId)}/status`
    )
    const statusCode = (body as MidtransTransaction | undefined)?.status_code
    if (httpStatus === 404 || statusCode === "404") return null
    const tx = body as MidtransTransaction | undefined
    // A transaction's status body is a success whatever its status_code
    // (201 pending, 202 deny, 407 expire...).
    if (httpStatus < 300 && tx?.transaction_status) return tx
    throw this.error("GET", `/v2/${orderId}/status`, httpStatus, body)
  }

  /** Captures a card pre-authorization (`transaction_status: "authorize"`). */
  async capture(input: {
    transaction_id: string
    gross_amount: number
  }): Promise<MidtransTransaction> {
    const { body } = await this.request<MidtransTransaction>(
      "POST",
      `${this.coreUrl}/v2/capture`,
      input
    )
    return body
  }

  /** Cancels an authorized card payment or one held by the fraud check. */
  async cancel(orderId: string): Promise<MidtransTransaction> {
    const { body } = await this.request<MidtransTransaction>(
      "POST",
      `${this.coreUrl}/v2/${encodeURIComponent(orderId)}/cancel`
    )
    return body
  }

  /** Expires a pending transaction (an unpaid VA / QRIS / e-wallet payment). */
  async expire(orderId: string): Promise<MidtransTransaction> {
    const { body } = await this.request<MidtransTransaction>(
      "POST",
      `${this.coreUrl}/v2/${encodeURIComponent(orderId)}/expire`,
      undefined,
      { okStatusCodes: ["200", "407"] }
    )
    return body
  }

  /** Refunds all or part of a settled transaction. `refund_key` makes it idempotent. */
  async refund(
    orderId: string,
    input: { refund_key: string; amount: number; reason?: string }
  ): Promise<MidtransRefundResponse> {
    const { body } = await this.request<MidtransRefundResponse>(
      "POST",
      `${this.coreUrl}/v2/${encodeURIComponent(orderId)}/refund`,
      input
    )
    return body
  }

  private async request<T>(
    method: string,
    url: string,
    payload?: unknown,
    options: RequestOptions = {}
  ): Promise<{ httpStatus: number; body: T }> {
    const { httpStatus, body } = await this.send(method, url, payload)
    const okCodes = options.okStatusCodes ?? ["200", "201"]
    const statusCode =
      body && typeof body === "object"
        ? (body as Record<string, unknown>).status_code
        : undefined
    if (
      httpStatus >= 300 ||
      (typeof statusCode === "string" && !okCodes.includes(statusCode))
    ) {
      throw this.error(method, new URL(url).pathname, httpStatus, body)
    }
    return { httpStatus, body: body as T }
  }

  private async send(
    method: string,
    url: string,
    payload?: unknown
  ): Promise<{ httpStatus: number; body: unknown }> {
    const path = new URL(url).pathname
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers: {
          Authorization: this.authorization,
          Accept: "application/json",
          "Content-Type": "application/json",
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (e) {
      const err = e as Error
      const reason =
        err?.name === "TimeoutError"
          ? `timed out after ${this.timeoutMs} ms`
          : err?.message || String(e)
      throw new MidtransApiError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Midtrans: ${method} ${path} failed: ${reason}`,
        0
      )
    }
    const text = await response.text()
    let body: unknown = undefined
    if (text) {
      try {
        body = JSON.parse(text)
      } catch {
        throw new MidtransApiError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Midtrans: ${method} ${path} answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
          response.status
        )
      }
    }
    return { httpStatus: response.status, body }
  }

  private error(
    method: string,
    path: string,
    httpStatus: number,
    body: unknown
  ): MidtransApiError {
    const statusCode =
      body && typeof body === "object"
        ? ((body as Record<string, unknown>).status_code as string | undefined)
        : undefined
    const description = describeBody(body) ?? "no error message"
    const codes = [
      `HTTP ${httpStatus}`,
      statusCode && statusCode !== String(httpStatus)
        ? `status_code ${statusCode}`
        : undefined,
    ]
      .filter(Boolean)
      .join(", ")
    return new MidtransApiError(
      errorTypeFor(httpStatus, statusCode),
      `Midtrans: ${method} ${path} failed (${codes}): ${description}`,
      httpStatus,
      statusCode
    )
  }
}
