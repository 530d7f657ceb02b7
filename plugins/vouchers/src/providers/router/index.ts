/**
 * Router clients for MikroTik RouterOS hotspot users: the RouterOS 7 REST API
 * ("rest", www/www-ssl) and the classic API ("api", 8728/8729), behind one
 * RouterClient interface.
 */
import { ClassicApiRouterClient } from "./classic-api"
import { RestRouterClient } from "./rest"
import type { RouterApiKind, RouterClient, RouterConnection } from "./types"

export * from "./types"
export { DEFAULT_TIMEOUT_MS, defaultPort } from "./connection"
export { RestRouterClient } from "./rest"
export { ClassicApiRouterClient } from "./classic-api"

export function createRouterClient(
  kind: RouterApiKind,
  conn: RouterConnection
): RouterClient {
  switch (kind) {
    case "rest":
      return new RestRouterClient(conn)
    case "api":
      return new ClassicApiRouterClient(conn)
    default:
      throw new TypeError(`unknown router API kind: ${String(kind)}`)
  }
}
