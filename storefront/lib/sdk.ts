import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { config } from "./config"

/**
 * One js-sdk client for the whole server. It keeps no token (`nostore`):
 * every call that acts for a shopper passes that shopper's headers
 * (`authHeaders()`), so requests of different shoppers never mix.
 */
export const sdk = new Medusa({
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** The server could not be reached (down, wrong URL): pages say so instead of crashing. */
export class BackendDownError extends Error {
  constructor(cause: unknown) {
    super("The store server cannot be reached")
    this.cause = cause
  }
}

export function isBackendDown(e: unknown): boolean {
  if (e instanceof BackendDownError) return true
  if (e instanceof FetchError) return e.status === undefined || e.status >= 502
  const text = String((e as { cause?: { code?: string } })?.cause?.code ?? e)
  return /ECONNREFUSED|ENOTFOUND|ECONNRESET|fetch failed|EAI_AGAIN|UND_ERR/i.test(
    text
  )
}

/** The HTTP status of a failed sdk call (undefined when the server did not answer). */
export function statusOf(e: unknown): number | undefined {
  return e instanceof FetchError ? e.status : undefined
}

/** A message fit for the shopper: the server's own 4xx message, else a generic one. */
export function messageOf(e: unknown, fallback: string): string {
  if (isBackendDown(e)) return fallback
  const status = statusOf(e)
  if (
    status &&
    status >= 400 &&
    status < 500 &&
    e instanceof Error &&
    e.message
  )
    return e.message
  return fallback
}
