/**
 * Test helpers for the router clients: connection settings pointing at the
 * fake RouterOS, RouterError capture, a self-signed certificate made with the
 * machine's openssl, and a raw classic-API socket for protocol-level checks.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import net from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { FakeRouterOS } from "../../../testing/fake-routeros"
import { encodeSentence, SentenceDecoder } from "../classic-api-words"
import {
  RouterError,
  type RouterApiKind,
  type RouterConnection,
} from "../types"

export const USERNAME = "belanjain-api"
export const PASSWORD = "rahasia 123"

export function connectionTo(
  fake: FakeRouterOS,
  kind: RouterApiKind,
  overrides: Partial<RouterConnection> = {}
): RouterConnection {
  return {
    host: fake.host,
    port: kind === "rest" ? fake.restPort : fake.apiPort,
    username: USERNAME,
    password: PASSWORD,
    timeout_ms: 2_000,
    ...overrides,
  }
}

/** The RouterError the call fails with; fails the test if it succeeds or throws something else. */
export async function routerError(
  call: Promise<unknown>
): Promise<RouterError> {
  let result: unknown
  try {
    result = await call
  } catch (err) {
    if (err instanceof RouterError) return err
    throw err
  }
  throw new Error(`expected a RouterError, got ${JSON.stringify(result)}`)
}

/** A port on 127.0.0.1 with nothing listening. */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export const opensslAvailable =
  spawnSync("openssl", ["version"], { stdio: "ignore" }).status === 0

/** A self-signed certificate for 127.0.0.1, made with openssl in a temp dir. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), "routeros-cert-"))
  const key = join(dir, "key.pem")
  const cert = join(dir, "cert.pem")
  const args = [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
  ]
  args.push(
    "-nodes",
    "-keyout",
    key,
    "-out",
    cert,
    "-days",
    "2",
    "-subj",
    "/CN=127.0.0.1"
  )
  try {
    try {
      execFileSync(
        "openssl",
        [...args, "-addext", "subjectAltName=IP:127.0.0.1"],
        { stdio: "ignore" }
      )
    } catch {
      execFileSync("openssl", args, { stdio: "ignore" }) // OpenSSL < 1.1.1 has no -addext
    }
    return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A classic-API socket that sends sentences and collects the replies. */
export type RawApi = {
  /** Sends one sentence; resolves with every reply up to its `!done` (or `!fatal`). */
  send(words: string[]): Promise<string[][]>
  close(): void
}

export async function openRawApi(port: number): Promise<RawApi> {
  const socket = net.connect({ host: "127.0.0.1", port })
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve)
    socket.once("error", reject)
  })
  const decoder = new SentenceDecoder()
  let replies: string[][] = []
  let waiter: ((replies: string[][]) => void) | null = null
  socket.on("data", (chunk: Buffer) => {
    for (const sentence of decoder.push(chunk)) {
      replies.push(sentence)
      if (sentence[0] === "!done" || sentence[0] === "!fatal") {
        const done = replies
        replies = []
        waiter?.(done)
      }
    }
  })
  return {
    send: (words) =>
      new Promise((resolve) => {
        waiter = resolve
        socket.write(encodeSentence(words))
      }),
    close: () => socket.destroy(),
  }
}
