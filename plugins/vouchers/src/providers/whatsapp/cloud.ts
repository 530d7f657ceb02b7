/**
 * WhatsApp Cloud API transport: `POST {base_url}/{api_version}/{phone_number_id}/messages`
 * with a Bearer token. Plain text messages, or an approved template whose
 * body parameters are the lines of the text.
 */
import { WhatsAppSendError } from "./errors"
import { excerpt, isRecord, parseJson, postWithTimeout } from "./http"
import type { ResolvedWhatsAppCloudOptions, WhatsAppSendResult } from "./types"

/**
 * The text's non-empty lines, one template parameter each. WhatsApp rejects
 * parameters with new lines, tabs or more than four consecutive spaces, so
 * runs of blanks become one space.
 */
export function templateParameters(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\t ]+/g, " ").trim())
    .filter((line) => line.length > 0)
}

/** The JSON body of the Graph API request. */
export function cloudMessageBody(
  options: Pick<ResolvedWhatsAppCloudOptions, "template">,
  to: string,
  text: string
): Record<string, unknown> {
  const base = {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to,
  }
  if (!options.template) {
    return { ...base, type: "text", text: { preview_url: false, body: text } }
  }
  return {
    ...base,
    type: "template",
    template: {
      name: options.template.name,
      language: { code: options.template.language },
      components: [
        {
          type: "body",
          parameters: templateParameters(text).map((line) => ({
            type: "text",
            text: line,
          })),
        },
      ],
    },
  }
}

/** "HTTP 401, error 190 (OAuthException): Invalid OAuth access token. [fbtrace_id …]" */
function describeGraphError(
  status: number,
  body: unknown,
  text: string
): { message: string; code?: number } {
  const error = isRecord(body) ? body.error : undefined
  if (!isRecord(error)) {
    return { message: `HTTP ${status}: ${excerpt(text)}` }
  }
  const code = typeof error.code === "number" ? error.code : undefined
  const subcode =
    typeof error.error_subcode === "number" ? `/${error.error_subcode}` : ""
  const type = typeof error.type === "string" ? ` (${error.type})` : ""
  const message =
    typeof error.message === "string" ? error.message : "unknown error"
  const details =
    isRecord(error.error_data) && typeof error.error_data.details === "string"
      ? ` — ${error.error_data.details}`
      : ""
  const trace =
    typeof error.fbtrace_id === "string"
      ? ` [fbtrace_id ${error.fbtrace_id}]`
      : ""
  return {
    message: `HTTP ${status}, error ${code ?? "?"}${subcode}${type}: ${message}${details}${trace}`,
    code,
  }
}

export async function sendViaCloud(
  options: ResolvedWhatsAppCloudOptions,
  to: string,
  text: string
): Promise<WhatsAppSendResult> {
  const url = `${options.baseUrl}/${options.apiVersion}/${encodeURIComponent(options.phoneNumberId)}/messages`
  const reply = await postWithTimeout(
    "cloud",
    url,
    {
      headers: {
        Authorization: `Bearer ${options.accessToken}`,
        "Content-Type": "application/json",
        Accept: "application/json",
      },
      body: JSON.stringify(cloudMessageBody(options, to, text)),
    },
    options.timeoutMs
  )
  const body = parseJson(reply.text)

  if (reply.status < 200 || reply.status >= 300) {
    const { message, code } = describeGraphError(reply.status, body, reply.text)
    throw new WhatsAppSendError("cloud", `whatsapp cloud: ${message}`, {
      httpStatus: reply.status,
      errorCode: code,
    })
  }
  if (!isRecord(body)) {
    throw new WhatsAppSendError(
      "cloud",
      `whatsapp cloud: unexpected answer (HTTP ${reply.status}, not JSON): ${excerpt(reply.text)}`,
      { httpStatus: reply.status, retryable: false }
    )
  }
  const first = Array.isArray(body.messages) ? body.messages[0] : undefined
  const id =
    isRecord(first) && typeof first.id === "string" ? first.id : undefined
  return { id }
}
