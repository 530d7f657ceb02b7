/**
 * Validation of the provider options and their defaults. Every error is a
 * MedusaError (INVALID_DATA) naming the offending option, so a wrong
 * medusa-config.ts fails at boot rather than at the first message.
 */
import { MedusaError } from "@medusajs/framework/utils"
import { isRecord } from "./http"
import type { ResolvedWhatsAppOptions } from "./types"

export const DEFAULT_API_VERSION = "v21.0"
export const DEFAULT_BASE_URL = "https://graph.facebook.com"
export const DEFAULT_GATEWAY_URL = "https://api.fonnte.com/send"
export const DEFAULT_COUNTRY_CODE = "62"
export const DEFAULT_TEMPLATE_LANGUAGE = "id"
export const DEFAULT_TIMEOUT_MS = 10_000

function invalid(option: string, problem: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `whatsapp: option "${option}" ${problem}`
  )
}

function requiredString(
  options: Record<string, unknown>,
  key: string,
  transport: string
): string {
  const value = options[key]
  if (typeof value !== "string" || !value.trim()) {
    throw invalid(
      key,
      `is required for transport "${transport}" (a non-empty string)`
    )
  }
  return value.trim()
}

function optionalString(
  options: Record<string, unknown>,
  key: string,
  fallback: string
): string {
  const value = options[key]
  if (value === undefined || value === null) return fallback
  if (typeof value !== "string" || !value.trim()) {
    throw invalid(key, "must be a non-empty string when given")
  }
  return value.trim()
}

function httpUrl(value: string, key: string): string {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw invalid(key, "must be an absolute http(s) URL")
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw invalid(key, "must be an absolute http(s) URL")
  }
  return value
}

function timeoutOf(options: Record<string, unknown>): number {
  const value = options.timeout_ms
  if (value === undefined || value === null) return DEFAULT_TIMEOUT_MS
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value <= 0 ||
    value > 2_147_483_647
  ) {
    throw invalid("timeout_ms", "must be a positive whole number of ms")
  }
  return value
}

function countryCodeOf(options: Record<string, unknown>): string {
  const value = optionalString(options, "country_code", DEFAULT_COUNTRY_CODE)
  if (!/^[1-9]\d{0,3}$/.test(value)) {
    throw invalid("country_code", 'must be 1–4 digits without "+", e.g. "62"')
  }
  return value
}

function templateOf(
  options: Record<string, unknown>
): { name: string; language: string } | null {
  const value = options.template
  if (value === undefined || value === null) return null
  if (!isRecord(value)) {
    throw invalid("template", "must be an object { name, language? }")
  }
  const name = value.name
  if (typeof name !== "string" || !name.trim()) {
    throw invalid("template.name", "is required when a template is configured")
  }
  const language = value.language ?? DEFAULT_TEMPLATE_LANGUAGE
  if (
    typeof language !== "string" ||
    !/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(language)
  ) {
    throw invalid(
      "template.language",
      'must be a language code such as "id" or "en_US"'
    )
  }
  return { name: name.trim(), language }
}

/** Validates the options and applies the defaults. */
export function resolveWhatsAppOptions(
  options: unknown
): ResolvedWhatsAppOptions {
  if (!isRecord(options)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      'whatsapp: provider options are required, e.g. { transport: "cloud", access_token, phone_number_id }'
    )
  }
  const transport = options.transport
  if (transport !== "cloud" && transport !== "gateway") {
    throw invalid(
      "transport",
      `must be "cloud" or "gateway" (got ${JSON.stringify(transport) ?? "nothing"})`
    )
  }
  const timeoutMs = timeoutOf(options)
  const countryCode = countryCodeOf(options)

  if (transport === "cloud") {
    const accessToken = requiredString(options, "access_token", transport)
    const phoneNumberId = requiredString(options, "phone_number_id", transport)
    if (!/^\d+$/.test(phoneNumberId)) {
      throw invalid(
        "phone_number_id",
        "must be the numeric id of the business phone number from WhatsApp Manager"
      )
    }
    const apiVersion = optionalString(
      options,
      "api_version",
      DEFAULT_API_VERSION
    )
    if (!/^v\d+\.\d+$/.test(apiVersion)) {
      throw invalid("api_version", 'must look like "v21.0"')
    }
    const baseUrl = httpUrl(
      optionalString(options, "base_url", DEFAULT_BASE_URL),
      "base_url"
    ).replace(/\/+$/, "")
    return {
      transport,
      accessToken,
      phoneNumberId,
      apiVersion,
      baseUrl,
      template: templateOf(options),
      timeoutMs,
      countryCode,
    }
  }

  const token = requiredString(options, "token", transport)
  const url = httpUrl(
    optionalString(options, "url", DEFAULT_GATEWAY_URL),
    "url"
  )
  return { transport, url, token, timeoutMs, countryCode }
}
