/**
 * Turns socket, DNS and TLS failures from node:net / node:tls / node:http into
 * RouterError, and RouterOS error texts into error kinds. RouterOS answers a
 * duplicate hotspot user with "failure: already have user with this name for
 * this server" (REST `detail`, API `!trap =message=`).
 */
import { RouterError } from "./types"

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EPIPE",
  "ERR_SOCKET_CLOSED",
  "ERR_STREAM_PREMATURE_CLOSE",
])

const TIMEOUT_CODES = new Set(["ETIMEDOUT", "ESOCKETTIMEDOUT"])

/** Certificate checks that fail with tls_verify on (self-signed routers). */
const CERTIFICATE_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
])

/** The `code` of a Node.js system or TLS error, if it has one. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err) {
    const code = (err as { code: unknown }).code
    return typeof code === "string" ? code : undefined
  }
  return undefined
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

export function timeoutError(target: string, timeoutMs: number): RouterError {
  return new RouterError(
    "timeout",
    `router ${target} did not answer within ${timeoutMs} ms`
  )
}

/**
 * A failure of the connection itself. Certificate and handshake failures are
 * "unreachable" but not retryable: they need a configuration change
 * (tls_verify, port, certificate), not another attempt.
 */
export function networkError(err: unknown, target: string): RouterError {
  if (err instanceof RouterError) {
    return err
  }
  const code = errorCode(err) ?? ""
  const detail = code ? `${code}: ${errorMessage(err)}` : errorMessage(err)
  if (TIMEOUT_CODES.has(code)) {
    return new RouterError("timeout", `router ${target} timed out (${detail})`)
  }
  if (CERTIFICATE_CODES.has(code)) {
    return new RouterError(
      "unreachable",
      `router ${target}: TLS certificate rejected (${detail}); ` +
        "set tls_verify: false for a self-signed router certificate",
      false
    )
  }
  if (code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_")) {
    return new RouterError(
      "unreachable",
      `router ${target}: TLS handshake failed (${detail}); check use_tls, ` +
        "the port and the certificate of the service",
      false
    )
  }
  // Refused, reset, DNS, and anything else the socket reports: worth retrying.
  const what = UNREACHABLE_CODES.has(code) ? "unreachable" : "connection failed"
  return new RouterError("unreachable", `router ${target} ${what} (${detail})`)
}

/** "conflict" for RouterOS' duplicate-name failure, else "rejected". */
export function commandErrorKind(text: string): "conflict" | "rejected" {
  return /already have/i.test(text) ? "conflict" : "rejected"
}
