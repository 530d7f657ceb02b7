import { MedusaError } from "@medusajs/framework/utils"
import type { MidtransOptions } from "./types"

/** The options after validation, with defaults applied. */
export type ResolvedMidtransOptions = {
  server_key: string
  client_key: string
  is_production: boolean
  base_url?: string
  payment_expiry_minutes?: number
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Midtrans: ${message}`)
}

function requiredString(
  options: Record<string, unknown>,
  name: string,
  env: string
): string {
  const value = options[name]
  if (value === undefined || value === null || value === "") {
    invalid(`the \`${name}\` option is required (${env})`)
  }
  if (typeof value !== "string" || !value.trim()) {
    invalid(`the \`${name}\` option must be a non-empty string (${env})`)
  }
  return value.trim()
}

/**
 * Validates the provider's options and applies defaults. Throws a
 * MedusaError (INVALID_DATA) naming the faulty option.
 */
export function resolveMidtransOptions(
  input: Partial<MidtransOptions> | Record<string, unknown> | undefined
): ResolvedMidtransOptions {
  const options = (input ?? {}) as Record<string, unknown>
  const server_key = requiredString(
    options,
    "server_key",
    "MIDTRANS_SERVER_KEY"
  )
  const client_key = requiredString(
    options,
    "client_key",
    "MIDTRANS_CLIENT_KEY"
  )

  let is_production = false
  const production = options.is_production
  if (production === true || production === "true") is_production = true
  else if (
    production === undefined ||
    production === null ||
    production === false ||
    production === "false"
  ) {
    is_production = false
  } else {
    invalid(
      `the \`is_production\` option must be a boolean (or "true" / "false") (MIDTRANS_PRODUCTION), got ${JSON.stringify(production)}`
    )
  }

  let base_url: string | undefined
  const base = options.base_url
  if (base !== undefined && base !== null && base !== "") {
    let url: URL | undefined
    try {
      url = typeof base === "string" ? new URL(base) : undefined
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      invalid(
        `the \`base_url\` option must be an http(s) URL (MIDTRANS_BASE_URL), got ${JSON.stringify(base)}`
      )
    }
    base_url = (base as string).replace(/\/+$/, "")
  }

  let payment_expiry_minutes: number | undefined
  const expiry = options.payment_expiry_minutes
  if (expiry !== undefined && expiry !== null && expiry !== "") {
    const minutes =
      typeof expiry === "string" && /^\d+$/.test(expiry.trim())
        ? Number(expiry)
        : expiry
    if (
      typeof minutes !== "number" ||
      !Number.isInteger(minutes) ||
      minutes <= 0
    ) {
      invalid(
        `the \`payment_expiry_minutes\` option must be a positive integer, got ${JSON.stringify(expiry)}`
      )
    }
    payment_expiry_minutes = minutes
  }

  return {
    server_key,
    client_key,
    is_production,
    base_url,
    payment_expiry_minutes,
  }
}
