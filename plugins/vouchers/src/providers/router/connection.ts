/**
 * Connection defaults shared by both router clients: the RouterOS service
 * ports (www 80, www-ssl 443, api 8728, api-ssl 8729) and the per-request
 * timeout.
 */
import type { RouterApiKind, RouterConnection } from "./types"

/** Per request (connect, login and each command), unless `timeout_ms` is set. */
export const DEFAULT_TIMEOUT_MS = 10_000

/** The RouterOS default port of a service: /ip/service www, www-ssl, api, api-ssl. */
export function defaultPort(kind: RouterApiKind, use_tls?: boolean): number {
  if (kind === "rest") {
    return use_tls ? 443 : 80
  }
  return use_tls ? 8729 : 8728
}

export interface ResolvedConnection {
  host: string
  port: number
  useTls: boolean
  tlsVerify: boolean
  username: string
  password: string
  timeoutMs: number
  /** "host:port", for error messages (never includes credentials). */
  target: string
}

/** Fills in defaults and checks the few things that cannot work. */
export function resolveConnection(
  kind: RouterApiKind,
  conn: RouterConnection
): ResolvedConnection {
  const host = conn.host.trim()
  if (!host) {
    throw new TypeError("router host is empty")
  }
  const useTls = conn.use_tls === true
  const port = conn.port ?? defaultPort(kind, useTls)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TypeError(`router port ${port} is not a TCP port`)
  }
  const timeoutMs = conn.timeout_ms ?? DEFAULT_TIMEOUT_MS
  if (!(timeoutMs > 0)) {
    throw new TypeError(`timeout_ms must be positive, got ${timeoutMs}`)
  }
  return {
    host,
    port,
    useTls,
    tlsVerify: conn.tls_verify !== false,
    username: conn.username,
    password: conn.password,
    timeoutMs,
    target: host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`,
  }
}
