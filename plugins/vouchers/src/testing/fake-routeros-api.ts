/**
 * The classic API face of the fake RouterOS (api / api-ssl service). Speaks
 * the real protocol: length-prefixed words, sentences ended by an empty word,
 * `.tag` copied onto every reply, `!trap` + `!done` on errors, `!fatal` when
 * the session ends. Differences between versions that clients trip on:
 * - before 6.43, `/login` answers `!done =ret=<challenge>` and expects
 *   `=response=00<md5(0x00 + password + challenge)>`;
 * - from 7.18, a print that matches nothing answers `!empty` before `!done`.
 * Supported: `/login`, `/quit`, and `/ip/hotspot/user/{add,print,set,remove}`
 * with `?prop=value` / `?=prop=value` queries and `=.proplist=`.
 */
import { createHash, randomBytes } from "node:crypto"
import type { Socket } from "node:net"
import {
  encodeSentence,
  SentenceDecoder,
  splitAttribute,
} from "../providers/router/classic-api-words"
import type { FakeResult, FakeRouterState } from "./fake-routeros-state"

const USER_MENU = "/ip/hotspot/user/"

type Command = {
  word: string
  attributes: Record<string, string>
  queries: string[]
  tag?: string
}

/** Serves one API connection until it closes. */
export function serveApiConnection(
  socket: Socket,
  state: FakeRouterState
): void {
  if (state.isDown) {
    socket.destroy()
    return
  }
  const session = new ApiSession(socket, state)
  const decoder = new SentenceDecoder()
  socket.on("error", () => socket.destroy())
  socket.on("data", (chunk: Buffer) => {
    let sentences: string[][]
    try {
      sentences = decoder.push(chunk)
    } catch {
      socket.destroy()
      return
    }
    for (const sentence of sentences) {
      if (socket.destroyed) return
      session.handle(parseCommand(sentence))
    }
  })
}

function parseCommand(sentence: readonly string[]): Command {
  const [word = "", ...rest] = sentence
  const command: Command = { word, attributes: {}, queries: [] }
  for (const w of rest) {
    if (w.startsWith("=")) {
      const [key, value] = splitAttribute(w)
      command.attributes[key] = value
    } else if (w.startsWith("?")) {
      command.queries.push(w.slice(1))
    } else if (w.startsWith(".tag=")) {
      command.tag = w.slice(".tag=".length)
    }
  }
  return command
}

class ApiSession {
  private loggedIn = false
  private challenge: string | null = null

  constructor(
    private readonly socket: Socket,
    private readonly state: FakeRouterState
  ) {}

  handle(command: Command): void {
    this.record(command)
    if (command.word === "/quit") {
      this.fatal("session terminated on request")
    } else if (command.word === "/login") {
      this.login(command)
    } else if (!this.loggedIn) {
      this.trap(command, "not logged in")
    } else if (command.word.startsWith(USER_MENU)) {
      this.hotspotUser(command)
    } else {
      this.trap(command, "no such command prefix")
    }
  }

  private record(command: Command): void {
    const body: Record<string, unknown> = { ...command.attributes }
    if (command.word === "/login") {
      delete body.password
      delete body.response
    }
    if (command.queries.length) body[".query"] = command.queries
    const verb = command.word.slice(command.word.lastIndexOf("/") + 1)
    this.state.requests.push({
      protocol: "api",
      method: verb,
      path: command.word,
      body,
    })
  }

  private login(command: Command): void {
    const { username, password } = this.state.options
    if (this.state.versionAtLeast("6.43")) {
      const { name, password: given } = command.attributes
      this.finishLogin(
        command,
        this.state.credentialsMatch(name ?? "", given ?? "")
      )
      return
    }
    const response = command.attributes.response
    if (response === undefined || this.challenge === null) {
      this.challenge = randomBytes(16).toString("hex")
      this.done(command, { ret: this.challenge })
      return
    }
    const expected = legacyResponse(password, this.challenge)
    this.challenge = null
    this.finishLogin(
      command,
      command.attributes.name === username && response === expected
    )
  }

  private finishLogin(command: Command, ok: boolean): void {
    this.loggedIn = ok
    if (ok) this.done(command)
    else this.trap(command, "invalid user name or password (6)")
  }

  private hotspotUser(command: Command): void {
    const failure = this.state.takeFailure()
    if (failure === "down") return void this.socket.destroy()
    if (failure === "fatal") return this.fatal("connection reset by the router")
    if (failure === "timeout") return // never answers
    if (failure === "error500")
      return this.trap(command, "failure: internal error (fake)")
    const verb = command.word.slice(USER_MENU.length)
    const id = command.attributes[".id"] ?? ""
    if (verb === "print") return this.print(command)
    if (verb === "add")
      return this.answer(
        command,
        this.state.create(command.attributes),
        (u) => ({ ret: u[".id"] })
      )
    if (verb === "set")
      return this.answer(
        command,
        this.state.update(id, command.attributes),
        () => ({})
      )
    if (verb === "remove")
      return this.answer(command, this.state.remove(id), () => ({}))
    this.trap(command, "no such command")
  }

  private print(command: Command): void {
    const filters: Array<[string, string]> = []
    for (const query of command.queries) {
      const match = /^=?([^=<>#!-][^=]*)=(.*)$/s.exec(query)
      if (!match)
        return this.trap(command, `query not supported by the fake: ?${query}`)
      filters.push([match[1], match[2]])
    }
    const proplist = command.attributes[".proplist"]?.split(",")
    const rows = this.state.print(filters)
    for (const row of rows) {
      const keys = proplist ?? Object.keys(row)
      const words = keys.filter((k) => k in row).map((k) => `=${k}=${row[k]}`)
      this.send(command, ["!re", ...words])
    }
    if (rows.length === 0 && this.state.versionAtLeast("7.18")) {
      this.send(command, ["!empty"])
    }
    this.done(command)
  }

  private answer<T>(
    command: Command,
    result: FakeResult<T>,
    done: (value: T) => Record<string, string>
  ): void {
    if (result.ok) this.done(command, done(result.value))
    else this.trap(command, result.detail)
  }

  private done(
    command: Command,
    attributes: Record<string, string> = {}
  ): void {
    const words = Object.entries(attributes).map(([k, v]) => `=${k}=${v}`)
    this.send(command, ["!done", ...words])
  }

  private trap(command: Command, message: string): void {
    this.send(command, ["!trap", `=message=${message}`])
    this.done(command)
  }

  private fatal(reason: string): void {
    this.socket.end(encodeSentence(["!fatal", reason]))
  }

  private send(command: Command, words: string[]): void {
    const tagged =
      command.tag === undefined ? words : [...words, `.tag=${command.tag}`]
    this.socket.write(encodeSentence(tagged))
  }
}

/** The pre-6.43 login answer: "00" + md5(0x00 + password + challenge bytes). */
function legacyResponse(password: string, challengeHex: string): string {
  const md5 = createHash("md5")
  md5.update(Buffer.from([0]))
  md5.update(Buffer.from(password, "utf8"))
  md5.update(Buffer.from(challengeHex, "hex"))
  return `00${md5.digest("hex")}`
}
