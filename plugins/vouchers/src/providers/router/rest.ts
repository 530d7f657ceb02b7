/**
 * RouterClient for the RouterOS 7 REST API (www / www-ssl service), HTTP
 * basic auth with a RouterOS user:
 * - create: `PUT /rest/ip/hotspot/user` with kebab-case properties, all
 *   values strings; the answer is the created record, with `.id`.
 * - find: `GET /rest/ip/hotspot/user?name=<name>`, always an array.
 * - remove: find, then `DELETE /rest/ip/hotspot/user/<.id>` (`*` sent as %2A);
 *   204 when removed, 404 when already gone.
 * Errors are JSON `{"error":<status>,"message":…,"detail":…}`: 401 bad
 * credentials, 400 with `detail` "failure: already have user with this name
 * for this server" for duplicates, other 400s carry the reason in `detail`.
 */
import { resolveConnection, type ResolvedConnection } from "./connection"
import { commandErrorKind } from "./errors"
import {
  asRouterOsRecord,
  hotspotUserFields,
  hotspotUserFromRecord,
  type RouterOsRecord,
} from "./hotspot-user"
import {
  createHttpTransport,
  type HttpResponse,
  type HttpTransport,
} from "./rest-http"
import {
  RouterError,
  type HotspotUser,
  type HotspotUserInput,
  type RouterClient,
  type RouterConnection,
} from "./types"

const USER_PATH = "/rest/ip/hotspot/user"

export class RestRouterClient implements RouterClient {
  readonly kind = "rest" as const
  private readonly conn: ResolvedConnection
  private readonly http: HttpTransport

  constructor(connection: RouterConnection) {
    this.conn = resolveConnection("rest", connection)
    this.http = createHttpTransport(this.conn)
  }

  async createUser(input: HotspotUserInput): Promise<HotspotUser> {
    const fields = hotspotUserFields(input)
    const answer = await this.call("PUT", USER_PATH, fields)
    const record = asRouterOsRecord(answer)
    if (!record) {
      throw this.protocolError("the created user is not a JSON object")
    }
    return hotspotUserFromRecord(record)
  }

  async findUserByName(name: string): Promise<HotspotUser | null> {
    const [first] = await this.findRecords(name)
    return first ? hotspotUserFromRecord(first) : null
  }

  async removeUser(name: string): Promise<boolean> {
    let removed = false
    for (const record of await this.findRecords(name)) {
      const id = record[".id"]
      if (!id) {
        throw this.protocolError("a hotspot user has no .id")
      }
      const response = await this.http.request(
        "DELETE",
        `${USER_PATH}/${encodeId(id)}`
      )
      if (response.status === 404) {
        continue // removed by someone else in between
      }
      this.parse(response)
      removed = true
    }
    return removed
  }

  async close(): Promise<void> {
    this.http.close()
  }

  /** Records named exactly `name` (the router's filter, checked again here). */
  private async findRecords(name: string): Promise<RouterOsRecord[]> {
    const answer = await this.call(
      "GET",
      `${USER_PATH}?name=${encodeURIComponent(name)}`
    )
    if (!Array.isArray(answer)) {
      throw this.protocolError("the user list is not a JSON array")
    }
    return answer
      .map((item) => asRouterOsRecord(item))
      .filter((r): r is RouterOsRecord => r !== null && r.name === name)
  }

  private async call(
    method: string,
    path: string,
    json?: unknown
  ): Promise<unknown> {
    return this.parse(await this.http.request(method, path, json))
  }

  /** The JSON of a 2xx answer (undefined when empty), else the RouterError. */
  private parse(response: HttpResponse): unknown {
    if (response.status < 200 || response.status > 299) {
      throw restStatusError(response, this.conn.target)
    }
    if (response.body.trim() === "") {
      return undefined
    }
    try {
      return JSON.parse(response.body)
    } catch {
      throw this.protocolError(`answer is not JSON: ${snippet(response.body)}`)
    }
  }

  private protocolError(what: string): RouterError {
    return new RouterError("protocol", `router ${this.conn.target}: ${what}`)
  }
}

/** RouterOS ids look like "*1A"; encodeURIComponent leaves `*` alone. */
function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/\*/g, "%2A")
}

/** Maps a non-2xx answer of the REST API to a RouterError. */
export function restStatusError(
  response: HttpResponse,
  target: string
): RouterError {
  const { status } = response
  const reason = errorReason(response.body) ?? `HTTP ${status}`
  if (status === 401) {
    return new RouterError(
      "auth",
      `router ${target} refused the username or password (HTTP 401)`
    )
  }
  if (status >= 500) {
    return new RouterError(
      "rejected",
      `router ${target} failed (HTTP ${status}): ${reason}`,
      true
    )
  }
  if (status >= 400) {
    const kind = status === 400 ? commandErrorKind(reason) : "rejected"
    return new RouterError(
      kind,
      `router ${target} rejected the request (HTTP ${status}): ${reason}`
    )
  }
  return new RouterError(
    "protocol",
    `router ${target} answered HTTP ${status}: ${snippet(response.body)}`
  )
}

/** `detail` (the RouterOS reason) and `message` of an error body. */
function errorReason(body: string): string | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return body.trim() ? snippet(body) : undefined
  }
  const record = asRouterOsRecord(parsed)
  if (!record) {
    return undefined
  }
  const parts = [record.message, record.detail].filter((p): p is string => !!p)
  return parts.length ? parts.join(": ") : undefined
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim()
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat
}
