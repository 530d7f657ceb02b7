/**
 * One HTTP(S) exchange with a RouterOS www / www-ssl service, on node:http and
 * node:https (no dependencies). The timeout covers the whole exchange,
 * connect to last body byte. `tls_verify: false` is an https.Agent with
 * `rejectUnauthorized: false` owned by the client — never the process-wide
 * NODE_TLS_REJECT_UNAUTHORIZED. Agents do not keep sockets alive: RouterOS
 * closes idle connections, and a reused dead socket would fail a PUT.
 */
import http from "node:http"
import https from "node:https"
import type { ResolvedConnection } from "./connection"
import { networkError, timeoutError } from "./errors"
import { RouterError } from "./types"

/** Larger answers are not hotspot users; refuse them rather than buffer. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024

export interface HttpResponse {
  status: number
  body: string
}

export interface HttpTransport {
  request(method: string, path: string, json?: unknown): Promise<HttpResponse>
  close(): void
}

export function createHttpTransport(conn: ResolvedConnection): HttpTransport {
  const agent = conn.useTls
    ? new https.Agent({ keepAlive: false, rejectUnauthorized: conn.tlsVerify })
    : new http.Agent({ keepAlive: false })
  const authorization = `Basic ${Buffer.from(
    `${conn.username}:${conn.password}`,
    "utf8"
  ).toString("base64")}`
  return {
    request: (method, path, json) =>
      exchange(conn, agent, { method, path, json, authorization }),
    close: () => agent.destroy(),
  }
}

interface ExchangeInput {
  method: string
  path: string
  json?: unknown
  authorization: string
}

function exchange(
  conn: ResolvedConnection,
  agent: http.Agent,
  input: ExchangeInput
): Promise<HttpResponse> {
  const body = input.json === undefined ? undefined : JSON.stringify(input.json)
  const headers: http.OutgoingHttpHeaders = {
    accept: "application/json",
    authorization: input.authorization,
  }
  if (body !== undefined) {
    headers["content-type"] = "application/json"
    headers["content-length"] = Buffer.byteLength(body)
  }
  const request = conn.useTls ? https.request : http.request
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false
    const finish = (outcome: HttpResponse | RouterError) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (outcome instanceof RouterError) {
        req.destroy()
        reject(outcome)
      } else {
        resolve(outcome)
      }
    }
    const req = request(
      {
        host: conn.host,
        port: conn.port,
        method: input.method,
        path: input.path,
        headers,
        agent,
      },
      (res) => readResponse(res, conn.target, finish)
    )
    const timer = setTimeout(
      () => finish(timeoutError(conn.target, conn.timeoutMs)),
      conn.timeoutMs
    )
    req.on("error", (err) => finish(networkError(err, conn.target)))
    req.end(body)
  })
}

function readResponse(
  res: http.IncomingMessage,
  target: string,
  finish: (outcome: HttpResponse | RouterError) => void
): void {
  const chunks: Buffer[] = []
  let size = 0
  res.on("data", (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_RESPONSE_BYTES) {
      finish(
        new RouterError("protocol", `router ${target} answer is too large`)
      )
      return
    }
    chunks.push(chunk)
  })
  res.on("end", () =>
    finish({
      status: res.statusCode ?? 0,
      body: Buffer.concat(chunks).toString("utf8"),
    })
  )
  res.on("error", (err) => finish(networkError(err, target)))
  res.on("close", () => {
    if (!res.complete) {
      finish(
        new RouterError(
          "unreachable",
          `router ${target} closed the connection mid-answer`
        )
      )
    }
  })
}
