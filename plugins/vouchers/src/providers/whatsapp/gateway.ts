/**
 * Fonnte-style gateway transport: `POST url` with the device token as the raw
 * `Authorization` header and a form-urlencoded body
 * `target=…&message=…&countryCode=62`. Fonnte answers HTTP 200 even when it
 * refuses a message; the outcome is the body's `status`.
 */
import { WhatsAppSendError } from "./errors"
import { excerpt, isRecord, parseJson, postWithTimeout } from "./http"
import type {
  ResolvedWhatsAppGatewayOptions,
  WhatsAppSendResult,
} from "./types"

/** Fonnte's `reason`, or a generic text when the body had none. */
function reasonOf(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined
  for (const key of ["reason", "detail", "message"]) {
    const value = body[key]
    if (typeof value === "string" && value.trim()) return value
  }
  return undefined
}

export async function sendViaGateway(
  options: ResolvedWhatsAppGatewayOptions,
  to: string,
  text: string
): Promise<WhatsAppSendResult> {
  const form = new URLSearchParams({
    target: to,
    message: text,
    countryCode: options.countryCode,
  })
  const reply = await postWithTimeout(
    "gateway",
    options.url,
    {
      headers: {
        Authorization: options.token,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: form.toString(),
    },
    options.timeoutMs
  )
  const body = parseJson(reply.text)

  if (reply.status < 200 || reply.status >= 300) {
    throw new WhatsAppSendError(
      "gateway",
      `whatsapp gateway: HTTP ${reply.status}: ${reasonOf(body) ?? excerpt(reply.text)}`,
      { httpStatus: reply.status }
    )
  }
  if (!isRecord(body)) {
    throw new WhatsAppSendError(
      "gateway",
      `whatsapp gateway: unexpected answer (HTTP ${reply.status}, not JSON): ${excerpt(reply.text)}`,
      { httpStatus: reply.status, retryable: false }
    )
  }
  if (body.status !== true && body.status !== "true") {
    throw new WhatsAppSendError(
      "gateway",
      `whatsapp gateway: message refused: ${reasonOf(body) ?? "no reason given"}`,
      { httpStatus: reply.status, retryable: false }
    )
  }
  const ids: unknown = body.id
  const first: unknown = Array.isArray(ids) ? ids[0] : ids
  const id =
    typeof first === "string" || typeof first === "number" ? String(first) : ""
  return { id: id || undefined }
}
