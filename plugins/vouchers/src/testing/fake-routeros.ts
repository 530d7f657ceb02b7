/**
 * A fake MikroTik RouterOS on 127.0.0.1 for tests: one HTTP(S) server for the
 * RouterOS 7 REST API (www / www-ssl) and one TCP/TLS server for the classic
 * API (api / api-ssl), both on random ports, both checking the same
 * credentials and sharing one `/ip/hotspot/user` table. Duplicate names are
 * refused as RouterOS refuses them, so a client that creates a user twice is
 * caught. Failures can be scheduled: the router going away ("down"), an
 * internal error (HTTP 500 / `!trap`), a request never answered ("timeout"),
 * or the API session ended with `!fatal`.
 *
 * Protocol details: see fake-routeros-rest.ts and fake-routeros-api.ts.
 */
import http from "node:http"
import https from "node:https"
import net from "node:net"
import type { AddressInfo } from "node:net"
import tls from "node:tls"
import { serveApiConnection } from "./fake-routeros-api"
import { createRestHandler } from "./fake-routeros-rest"
import {
  FakeRouterState,
  type FakeRouterOSFailureMode,
  type FakeRouterOSRequest,
  type FakeRouterOSUser,
} from "./fake-routeros-state"

export type {
  FakeRouterOSFailureMode,
  FakeRouterOSRequest,
  FakeRouterOSUser,
} from "./fake-routeros-state"

export type FakeRouterOSOptions = {
  /** Default "admin". */
  username?: string
  /** Default "" (RouterOS' factory admin has no password). */
  password?: string
  /** RouterOS version, e.g. "7.18" (default): `!empty` from 7.18, challenge login before 6.43. */
  version?: string
  /** Serve HTTPS (www-ssl) and API-SSL with this certificate. */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /**
   * Serve API-SSL without a certificate, with anonymous Diffie-Hellman, as
   * RouterOS does when api-ssl has no certificate. REST is not affected.
   */
  anonymousApiSsl?: boolean
  /** When given, profiles outside this list are refused ("input does not match any value of profile"). */
  profiles?: string[]
  /** Fixed ports (default: any free port), e.g. for the `npm run dev` demo router. */
  restPort?: number
  apiPort?: number
}

export type FakeRouterOS = {
  host: "127.0.0.1"
  /** "http(s)://127.0.0.1:<port>" — the REST API is under `${restUrl}/rest`. */
  restUrl: string
  restPort: number
  apiPort: number
  version: string
  /** The hotspot users, keyed by name; edit it to seed or inspect. */
  users: Map<string, FakeRouterOSUser>
  /** Every request received, both protocols, in order. */
  requests: FakeRouterOSRequest[]
  /**
   * The next `n` hotspot user requests (create / find / remove, REST or API;
   * not the API login) fail: "down" (default) drops the connection without
   * answering, "error500" answers HTTP 500 / `!trap`, "timeout" never
   * answers, "fatal" ends the API session with `!fatal` (REST: like "down").
   */
  failNext(n: number, mode?: FakeRouterOSFailureMode): void
  /** While down, every connection and hotspot user request is dropped. */
  setDown(down: boolean): void
  /** Closes every open API connection, as a router reboot would. */
  dropConnections(): void
  /** Empties users and requests, cancels scheduled failures, comes back up. */
  reset(): void
  close(): Promise<void>
}

export async function startFakeRouterOS(
  opts: FakeRouterOSOptions = {}
): Promise<FakeRouterOS> {
  const version = opts.version ?? "7.18"
  const state = new FakeRouterState({
    username: opts.username ?? "admin",
    password: opts.password ?? "",
    version,
    profiles: opts.profiles,
  })
  const rest = createRestHandler(state)
  const restServer = opts.tls
    ? https.createServer(
        { key: opts.tls.key, cert: opts.tls.cert },
        rest.handle
      )
    : http.createServer(rest.handle)
  const apiSockets = new Set<net.Socket>()
  const onApiSocket = (socket: net.Socket) => {
    apiSockets.add(socket)
    socket.on("close", () => apiSockets.delete(socket))
    serveApiConnection(socket, state)
  }
  const apiServer = createApiServer(opts, onApiSocket)
  const restPort = await listen(restServer, opts.restPort)
  const apiPort = await listen(apiServer, opts.apiPort)
  const dropConnections = () => {
    for (const socket of apiSockets) socket.destroy()
  }

  return {
    host: "127.0.0.1",
    restUrl: `${opts.tls ? "https" : "http"}://127.0.0.1:${restPort}`,
    restPort,
    apiPort,
    version,
    users: state.users,
    requests: state.requests,
    failNext: (n, mode = "down") => state.failNext(n, mode),
    setDown: (down) => state.setDown(down),
    dropConnections,
    reset: () => {
      state.reset()
      rest.releaseHeld()
    },
    close: async () => {
      rest.releaseHeld()
      dropConnections()
      restServer.closeAllConnections()
      await Promise.all([closeServer(restServer), closeServer(apiServer)])
    },
  }
}

function createApiServer(
  opts: FakeRouterOSOptions,
  onSocket: (socket: net.Socket) => void
): net.Server {
  if (opts.anonymousApiSsl) {
    return tls.createServer(
      {
        ciphers:
          "ADH-AES256-GCM-SHA384:ADH-AES128-GCM-SHA256:ADH-AES256-SHA256:@SECLEVEL=0",
        maxVersion: "TLSv1.2",
        dhparam: "auto",
      },
      onSocket
    )
  }
  if (opts.tls) {
    return tls.createServer(
      { key: opts.tls.key, cert: opts.tls.cert },
      onSocket
    )
  }
  return net.createServer(onSocket)
}

function listen(server: net.Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function closeServer(server: net.Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()))
}
