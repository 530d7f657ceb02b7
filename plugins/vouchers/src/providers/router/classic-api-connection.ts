/**
 * One authenticated connection to the classic RouterOS API (TCP 8728, or
 * API-SSL 8729 over node:tls).
 *
 * - Login (RouterOS 6.43+): `/login =name= =password=` → `!done`. Older
 *   routers answer `!done =ret=<challenge>` instead; we then send
 *   `=response=00<md5(0x00 + password + challenge)>` as they expect.
 *   A `!trap` on login means bad credentials.
 * - Every command carries `.tag=<n>`; replies are routed by their `.tag`, and
 *   replies with an unknown tag (a command we gave up on) are dropped.
 * - A command is answered by any number of `!re` and at most one `!trap`,
 *   always ended by `!done`. Other reply words (`!empty` since 7.18, future
 *   ones) are ignored until `!done`.
 * - `!fatal <reason>` (no tag) means the router is closing the session.
 * - API-SSL on a router without a certificate uses anonymous Diffie-Hellman
 *   ciphers; with tls_verify off we offer them (OpenSSL security level 0).
 */
import { createHash } from "node:crypto"
import net from "node:net"
import tls from "node:tls"
import {
  encodeSentence,
  parseReply,
  SentenceDecoder,
  type ApiReply,
} from "./classic-api-words"
import type { ResolvedConnection } from "./connection"
import { networkError, timeoutError } from "./errors"
import { RouterError } from "./types"

export interface CommandResult {
  /** The attributes of each `!re` sentence. */
  rows: Record<string, string>[]
  /** The attributes of `!done`, e.g. `ret` after `add`. */
  done: Record<string, string>
}

/** A `!trap` answer; the connection stays usable. */
export class ApiTrap extends Error {
  constructor(
    readonly trapMessage: string,
    readonly category?: string
  ) {
    super(trapMessage)
    this.name = "ApiTrap"
  }
}

interface PendingCommand {
  rows: Record<string, string>[]
  trap?: ApiTrap
  resolve(result: CommandResult): void
  reject(error: Error): void
  timer: NodeJS.Timeout
}

/** Cipher list for API-SSL without certificate checks: Node's list plus anonymous DH. */
function insecureCiphers(): string {
  const base = tls.DEFAULT_CIPHERS.split(":").filter((c) => c !== "!aNULL")
  return [...base, "@SECLEVEL=0"].join(":")
}

export class ApiConnection {
  private readonly decoder = new SentenceDecoder()
  private readonly pending = new Map<string, PendingCommand>()
  private nextTag = 1
  private closedWith: RouterError | null = null

  private constructor(
    private readonly socket: net.Socket,
    private readonly conn: ResolvedConnection
  ) {
    socket.on("data", (chunk: Buffer) => this.onData(chunk))
    socket.on("error", (err) => this.fail(networkError(err, conn.target)))
    socket.on("close", () =>
      this.fail(
        new RouterError(
          "unreachable",
          `router ${conn.target} closed the API connection`
        )
      )
    )
  }

  /** Connects and logs in; the connection is ready for commands. */
  static async open(conn: ResolvedConnection): Promise<ApiConnection> {
    const socket = await connectSocket(conn)
    const connection = new ApiConnection(socket, conn)
    try {
      await connection.login()
    } catch (err) {
      connection.close()
      throw err
    }
    return connection
  }

  get closed(): boolean {
    return this.closedWith !== null
  }

  /** Sends a command; rejects with ApiTrap on `!trap`, RouterError otherwise. */
  command(words: readonly string[]): Promise<CommandResult> {
    if (this.closedWith) {
      return Promise.reject(this.closedWith)
    }
    const tag = String(this.nextTag++)
    return new Promise<CommandResult>((resolve, reject) => {
      const timer = setTimeout(() => this.onTimeout(tag), this.conn.timeoutMs)
      this.pending.set(tag, { rows: [], resolve, reject, timer })
      this.socket.write(encodeSentence([...words, `.tag=${tag}`]))
    })
  }

  close(): void {
    this.fail(
      new RouterError(
        "unreachable",
        `API connection to ${this.conn.target} was closed`
      )
    )
  }

  private async login(): Promise<void> {
    const { username, password } = this.conn
    try {
      const first = await this.command([
        "/login",
        `=name=${username}`,
        `=password=${password}`,
      ])
      const challenge = first.done.ret
      if (challenge) {
        await this.command([
          "/login",
          `=name=${username}`,
          `=response=${challengeResponse(password, challenge)}`,
        ])
      }
    } catch (err) {
      if (err instanceof ApiTrap) {
        throw new RouterError(
          "auth",
          `router ${this.conn.target} refused the login: ${err.trapMessage}`
        )
      }
      throw err
    }
  }

  private onData(chunk: Buffer): void {
    let sentences: string[][]
    try {
      sentences = this.decoder.push(chunk)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      this.fail(
        new RouterError("protocol", `router ${this.conn.target}: ${message}`)
      )
      return
    }
    for (const sentence of sentences) {
      this.onReply(parseReply(sentence))
    }
  }

  private onReply(reply: ApiReply): void {
    if (reply.type === "!fatal") {
      const reason = reply.other.join(" ") || "no reason given"
      this.fail(
        new RouterError(
          "unreachable",
          `router ${this.conn.target} ended the API session: ${reason}`
        )
      )
      return
    }
    const command =
      reply.tag === undefined ? undefined : this.pending.get(reply.tag)
    if (!command || reply.tag === undefined) {
      return // a reply to a command we stopped waiting for
    }
    if (reply.type === "!re") {
      command.rows.push(reply.attributes)
    } else if (reply.type === "!trap") {
      command.trap ??= new ApiTrap(
        reply.attributes.message ?? "unknown error",
        reply.attributes.category
      )
    } else if (reply.type === "!done") {
      this.settle(reply.tag)
      if (command.trap) command.reject(command.trap)
      else command.resolve({ rows: command.rows, done: reply.attributes })
    }
    // "!empty" (RouterOS 7.18+) and unknown reply words: wait for "!done".
  }

  /**
   * A command that timed out may still run on the router. The connection may
   * be half-open, so it is dropped; the next command reconnects.
   */
  private onTimeout(tag: string): void {
    const command = this.pending.get(tag)
    if (!command) return
    this.settle(tag)
    command.reject(timeoutError(this.conn.target, this.conn.timeoutMs))
    this.close()
  }

  private settle(tag: string): void {
    const command = this.pending.get(tag)
    if (command) clearTimeout(command.timer)
    this.pending.delete(tag)
  }

  /** Marks the connection dead and fails every command still waiting. */
  private fail(error: RouterError): void {
    if (!this.closedWith) {
      this.closedWith = error
      this.socket.destroy()
    }
    for (const [tag, command] of [...this.pending]) {
      this.settle(tag)
      command.reject(error)
    }
  }
}

/** "00" + md5(0x00, password, challenge bytes): the pre-6.43 login answer. */
export function challengeResponse(
  password: string,
  challengeHex: string
): string {
  const digest = createHash("md5")
    .update(Buffer.from([0]))
    .update(Buffer.from(password, "utf8"))
    .update(Buffer.from(challengeHex, "hex"))
    .digest("hex")
  return `00${digest}`
}

function connectSocket(conn: ResolvedConnection): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    const socket = conn.useTls
      ? tls.connect({
          host: conn.host,
          port: conn.port,
          servername: net.isIP(conn.host) ? undefined : conn.host,
          rejectUnauthorized: conn.tlsVerify,
          ciphers: conn.tlsVerify ? undefined : insecureCiphers(),
        })
      : net.connect({ host: conn.host, port: conn.port })
    const timer = setTimeout(() => {
      socket.destroy()
      reject(timeoutError(conn.target, conn.timeoutMs))
    }, conn.timeoutMs)
    const onError = (err: Error) => {
      clearTimeout(timer)
      socket.destroy()
      reject(networkError(err, conn.target))
    }
    socket.once("error", onError)
    socket.once(conn.useTls ? "secureConnect" : "connect", () => {
      clearTimeout(timer)
      socket.off("error", onError)
      socket.setNoDelay(true)
      resolve(socket)
    })
  })
}
