/**
 * One POST with global fetch and a hard timeout (AbortSignal.timeout). Network
 * errors and timeouts become WhatsAppSendError with httpStatus 0; the body is
 * returned as text because gateways do not always label JSON as such.
 */
import { WhatsAppSendError } from "./errors"
import type { WhatsAppTransport } from "./types"

export interface HttpReply {
  status: number
  text: string
}

/** The host of a URL, for error messages (never the query, which may hold secrets). */
function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return "the server"
  }
}

/**
 * Error-like values are checked by shape, not `instanceof Error`: fetch's
 * errors come from Node's own realm, which is not the caller's under Jest.
 */
function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/** The most specific text of a fetch failure ("fetch failed" hides the cause). */
function describeFailure(error: unknown): string {
  const cause = field(error, "cause")
  const causeMessage = field(cause, "message")
  if (typeof causeMessage === "string" && causeMessage) {
    const code = field(cause, "code")
    return typeof code === "string" && !causeMessage.includes(code)
      ? `${causeMessage} (${code})`
      : causeMessage
  }
  const message = field(error, "message")
  return typeof message === "string" ? message : String(error)
}

function isTimeout(error: unknown): boolean {
  const name = field(error, "name")
  return name === "TimeoutError" || name === "AbortError"
}

export async function postWithTimeout(
  transport: WhatsAppTransport,
  url: string,
  init: { headers: Record<string, string>; body: string },
  timeoutMs: number
): Promise<HttpReply> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    return { status: response.status, text }
  } catch (error) {
    const message = isTimeout(error)
      ? `whatsapp ${transport}: no answer from ${hostOf(url)} within ${timeoutMs} ms`
      : `whatsapp ${transport}: request to ${hostOf(url)} failed: ${describeFailure(error)}`
    throw new WhatsAppSendError(transport, message, { httpStatus: 0 })
  }
}

/** JSON.parse that answers undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A short, single-line excerpt of a body for error messages. */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim()
  if (!flat) return "(empty body)"
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}
