/**
 * The REST face of the fake RouterOS (the www / www-ssl service of RouterOS 7):
 * - `GET /rest/ip/hotspot/user[?prop=value…]` → array; `GET …/<.id>` → object
 * - `PUT /rest/ip/hotspot/user` → 201 and the created object
 * - `PATCH …/<.id>` → the updated object; `DELETE …/<.id>` → 204
 * - `POST …/print` with optional `{".query":["name=x"],".proplist":[…]}`,
 *   `POST …/add` → `{"ret":"*1"}`, `POST …/remove` with `{".id":"*1"}` → `[]`
 * Errors as RouterOS sends them: 401 `{"error":401,"message":"Unauthorized"}`,
 * 400 with `detail`, 404 `{"error":404,"message":"Not Found"}`. `.id`s in
 * the URL may be percent-encoded (`%2A1`).
 */
import type { IncomingMessage, ServerResponse } from "node:http"
import type { FakeResult, FakeRouterState } from "./fake-routeros-state"
import { render } from "./fake-routeros-state"

const USER_PATH = "/rest/ip/hotspot/user"

type Reply = { status: number; body?: unknown }

export type RestHandler = {
  handle(req: IncomingMessage, res: ServerResponse): void
  /** Drops the requests held by the "timeout" failure mode. */
  releaseHeld(): void
}

export function createRestHandler(state: FakeRouterState): RestHandler {
  const held = new Set<ServerResponse>()
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    readBody(req).then(
      (text) => {
        const url = new URL(req.url ?? "/", "http://router")
        const method = req.method ?? "GET"
        const body = parseJson(text)
        state.requests.push({
          protocol: "rest",
          method,
          path: url.pathname + url.search,
          body,
        })
        if (
          url.pathname.startsWith(USER_PATH) &&
          applyFailure(state, req, res, held)
        ) {
          return
        }
        if (!authorized(state, req.headers.authorization)) {
          res.setHeader("www-authenticate", 'Basic realm="MikroTik"')
          return send(res, {
            status: 401,
            body: { error: 401, message: "Unauthorized" },
          })
        }
        send(res, route(state, method, url, body))
      },
      () => req.socket.destroy()
    )
  }
  const releaseHeld = () => {
    for (const res of held) res.socket?.destroy()
    held.clear()
  }
  return { handle, releaseHeld }
}

/** True when the request was failed on purpose (answered, dropped or held). */
function applyFailure(
  state: FakeRouterState,
  req: IncomingMessage,
  res: ServerResponse,
  held: Set<ServerResponse>
): boolean {
  const failure = state.takeFailure()
  if (failure === "down" || failure === "fatal") {
    req.socket.destroy()
  } else if (failure === "timeout") {
    held.add(res)
    res.on("close", () => held.delete(res))
  } else if (failure === "error500") {
    send(res, {
      status: 500,
      body: { error: 500, message: "Internal Server Error" },
    })
  }
  return failure !== null
}

function route(
  state: FakeRouterState,
  method: string,
  url: URL,
  body: unknown
): Reply {
  const { pathname } = url
  if (pathname !== USER_PATH && !pathname.startsWith(`${USER_PATH}/`)) {
    return badRequest(
      `no such command or directory (${pathname.slice("/rest".length)})`
    )
  }
  if (typeof body === "string") return badRequest("JSON parsing error")
  const rest = pathname.slice(USER_PATH.length + 1)
  if (rest === "") return collection(state, method, url, body)
  if (method === "POST") return command(state, rest, body)
  return item(state, method, decodePathSegment(rest), body)
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function collection(
  state: FakeRouterState,
  method: string,
  url: URL,
  body: unknown
): Reply {
  if (method === "GET") {
    const filters = [...url.searchParams].filter(([key]) => key !== ".proplist")
    const rows = state.print(filters)
    return {
      status: 200,
      body: project(rows, url.searchParams.get(".proplist")),
    }
  }
  if (method === "PUT") {
    return answer(state.create(asObject(body)), 201, render)
  }
  return badRequest("no such command")
}

function item(
  state: FakeRouterState,
  method: string,
  id: string,
  body: unknown
): Reply {
  if (method === "GET") {
    const user = state.byId(id)
    return user ? { status: 200, body: render(user) } : notFound()
  }
  if (method === "PATCH")
    return answer(state.update(id, asObject(body)), 200, render)
  if (method === "DELETE") return answer(state.remove(id), 204, () => undefined)
  return badRequest("no such command")
}

/** POST /rest/ip/hotspot/user/<command>: the console commands. */
function command(state: FakeRouterState, name: string, body: unknown): Reply {
  const args = asObject(body)
  if (name === "print") return print(state, args)
  if (name === "add")
    return answer(state.create(args), 200, (u) => ({ ret: u[".id"] }))
  if (name === "remove")
    return answer(state.remove(String(args[".id"] ?? "")), 200, () => [])
  return badRequest(`no such command or directory (${name})`)
}

function print(state: FakeRouterState, args: Record<string, unknown>): Reply {
  const query = args[".query"] ?? []
  if (!Array.isArray(query)) return badRequest(".query must be an array")
  const filters: Array<[string, string]> = []
  for (const word of query) {
    const match =
      typeof word === "string" ? /^([^=<>#!-][^=]*)=(.*)$/s.exec(word) : null
    if (!match)
      return badRequest(`query word not supported by the fake: ${String(word)}`)
    filters.push([match[1], match[2]])
  }
  const proplist = args[".proplist"]
  const props = Array.isArray(proplist)
    ? proplist.join(",")
    : typeof proplist === "string"
      ? proplist
      : null
  return { status: 200, body: project(state.print(filters), props) }
}

function project(
  rows: Record<string, string>[],
  proplist: string | null
): Record<string, string>[] {
  if (!proplist) return rows
  const keys = proplist.split(",")
  return rows.map((row) =>
    Object.fromEntries(keys.filter((k) => k in row).map((k) => [k, row[k]]))
  )
}

function answer<T>(
  result: FakeResult<T>,
  status: number,
  body: (value: T) => unknown
): Reply {
  if (!result.ok)
    return result.status === 404 ? notFound() : badRequest(result.detail)
  return { status, body: body(result.value) }
}

function authorized(
  state: FakeRouterState,
  header: string | undefined
): boolean {
  const match = /^Basic\s+(.+)$/i.exec(header ?? "")
  if (!match) return false
  const decoded = Buffer.from(match[1], "base64").toString("utf8")
  const colon = decoded.indexOf(":")
  return (
    colon >= 0 &&
    state.credentialsMatch(decoded.slice(0, colon), decoded.slice(colon + 1))
  )
}

function badRequest(detail: string): Reply {
  return { status: 400, body: { error: 400, message: "Bad Request", detail } }
}

function notFound(): Reply {
  return { status: 404, body: { error: 404, message: "Not Found" } }
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    res.writeHead(reply.status).end()
    return
  }
  const json = JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  })
  res.end(json)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function asObject(body: unknown): Record<string, unknown> {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {}
}
