/**
 * One interface for every router API. The vouchers workflows only use these
 * three calls; each API kind (RouterOS 7 REST, the classic RouterOS API on
 * port 8728/8729) implements them.
 */
export type RouterApiKind = "rest" | "api"

export interface RouterConnection {
  /** Host name or IP address of the router. */
  host: string
  /** Defaults: REST 80 (443 with TLS); classic API 8728 (8729 with TLS). */
  port?: number | null
  /** HTTPS for REST, API-SSL for the classic API. */
  use_tls?: boolean
  /** With TLS: verify the router's certificate (default true). */
  tls_verify?: boolean
  username: string
  password: string
  /** Per request; default 10 000 ms. */
  timeout_ms?: number
}

export interface HotspotUserInput {
  name: string
  password: string
  /** Hotspot user profile on the router (rate limits, shared users). */
  profile?: string | null
  /** RouterOS duration, e.g. "1d", "3h30m". */
  limit_uptime?: string | null
  /** Bytes (upload + download). */
  limit_bytes_total?: number | null
  comment?: string | null
  /** Hotspot server name; "all" when omitted. */
  server?: string | null
}

export interface HotspotUser {
  /** RouterOS internal id, e.g. "*1A". */
  id: string
  name: string
  profile?: string | null
  comment?: string | null
  limit_uptime?: string | null
  limit_bytes_total?: number | null
  disabled?: boolean
}

export interface RouterClient {
  readonly kind: RouterApiKind
  /** Creates the user; throws RouterError (kind "conflict") when the name exists. */
  createUser(input: HotspotUserInput): Promise<HotspotUser>
  /** null when no user has that name. */
  findUserByName(name: string): Promise<HotspotUser | null>
  /** Removes by name; false when there was no such user. */
  removeUser(name: string): Promise<boolean>
  /** Releases sockets (the classic API keeps one open). Safe to call twice. */
  close(): Promise<void>
}

export type RouterErrorKind =
  | "unreachable" // connection refused / reset / DNS
  | "timeout"
  | "auth" // wrong credentials
  | "conflict" // a user with that name exists
  | "rejected" // the router refused the command (bad profile, …)
  | "protocol" // an answer we could not understand

export class RouterError extends Error {
  readonly kind: RouterErrorKind
  /** Worth retrying: unreachable, timeout, 5xx. */
  readonly retryable: boolean
  constructor(kind: RouterErrorKind, message: string, retryable?: boolean) {
    super(message)
    this.name = "RouterError"
    this.kind = kind
    this.retryable = retryable ?? (kind === "unreachable" || kind === "timeout")
  }
}
