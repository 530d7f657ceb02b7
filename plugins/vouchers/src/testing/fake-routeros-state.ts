/**
 * The state shared by both faces of the fake RouterOS (REST and the classic
 * API): one `/ip/hotspot/user` table, the request log, the credentials and
 * the scheduled failures. Validation follows RouterOS: unknown properties are
 * refused ("unknown parameter x"), a second user with the same name is refused
 * ("failure: already have user with this name for this server"), ids are
 * "*<hex>", and printed records carry every value as a string with the
 * defaults RouterOS shows (profile "default", server "all", counters "0").
 */

export type FakeRouterOSFailureMode = "down" | "error500" | "timeout" | "fatal"

export type FakeRouterOSUser = {
  ".id": string
  name: string
  password: string
  profile?: string
  "limit-uptime"?: string
  "limit-bytes-total"?: string
  comment?: string
  server?: string
  /** "true" / "false"; absent until set. */
  disabled?: string
}

export type FakeRouterOSRequest = {
  protocol: "rest" | "api"
  /**
   * REST: the HTTP method. API: the verb, i.e. the last part of the command
   * word ("login", "add", "print", "remove", "set", "quit").
   */
  method: string
  /** REST: URL path and query, as sent. API: the command word, e.g. "/ip/hotspot/user/add". */
  path: string
  /**
   * REST: the parsed JSON body (the raw text if it was not JSON). API: the
   * `=key=value` attributes, plus `".query"` with the `?` query words; the
   * password of `/login` is left out.
   */
  body?: unknown
}

/** The outcome of a table operation, in RouterOS' words. */
export type FakeResult<T> =
  { ok: true; value: T } | { ok: false; status: 400 | 404; detail: string }

const WRITABLE = new Set([
  "name",
  "password",
  "profile",
  "limit-uptime",
  "limit-bytes-total",
  "comment",
  "server",
  "disabled",
])

const DURATION =
  /^(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?$|^(\d+d)?\d{1,2}:\d{2}:\d{2}$/

export type FakeStateOptions = {
  username: string
  password: string
  version: string
  profiles?: readonly string[]
}

export class FakeRouterState {
  readonly users = new Map<string, FakeRouterOSUser>()
  readonly requests: FakeRouterOSRequest[] = []
  private failures: FakeRouterOSFailureMode[] = []
  private down = false
  private nextId = 1

  constructor(readonly options: FakeStateOptions) {}

  failNext(n: number, mode: FakeRouterOSFailureMode): void {
    for (let i = 0; i < n; i++) this.failures.push(mode)
  }

  setDown(down: boolean): void {
    this.down = down
  }

  get isDown(): boolean {
    return this.down
  }

  /** The failure for the hotspot user request now arriving, if any. */
  takeFailure(): FakeRouterOSFailureMode | null {
    if (this.down) return "down"
    return this.failures.shift() ?? null
  }

  reset(): void {
    this.users.clear()
    this.requests.length = 0
    this.failures = []
    this.down = false
    this.nextId = 1
  }

  credentialsMatch(username: string, password: string): boolean {
    return (
      username === this.options.username && password === this.options.password
    )
  }

  /** True when the router runs at least `version` ("7.18" ≥ "7.9"). */
  versionAtLeast(version: string): boolean {
    const mine = versionParts(this.options.version)
    const other = versionParts(version)
    for (let i = 0; i < Math.max(mine.length, other.length); i++) {
      const a = mine[i] ?? 0
      const b = other[i] ?? 0
      if (a !== b) return a > b
    }
    return true
  }

  create(input: Record<string, unknown>): FakeResult<FakeRouterOSUser> {
    const fields = this.validate(input, true)
    if (!fields.ok) return fields
    const name = fields.value.name ?? ""
    if (this.users.has(name)) return duplicate()
    const user: FakeRouterOSUser = {
      ...fields.value,
      ".id": `*${(this.nextId++).toString(16).toUpperCase()}`,
      name,
      password: fields.value.password ?? "",
    }
    this.users.set(name, user)
    return { ok: true, value: user }
  }

  update(
    id: string,
    input: Record<string, unknown>
  ): FakeResult<FakeRouterOSUser> {
    const user = this.byId(id)
    if (!user) return notFound()
    const fields = this.validate(input, false)
    if (!fields.ok) return fields
    const name = fields.value.name ?? user.name
    if (name !== user.name && this.users.has(name)) return duplicate()
    const updated: FakeRouterOSUser = { ...user, ...fields.value, name }
    this.users.delete(this.keyOf(user))
    this.users.set(name, updated)
    return { ok: true, value: updated }
  }

  remove(id: string): FakeResult<FakeRouterOSUser> {
    const user = this.byId(id)
    if (!user) return notFound()
    this.users.delete(this.keyOf(user))
    return { ok: true, value: user }
  }

  byId(id: string): FakeRouterOSUser | undefined {
    return [...this.users.values()].find((u) => u[".id"] === id)
  }

  /** The map key of a user (its name, unless a test seeded it otherwise). */
  private keyOf(user: FakeRouterOSUser): string {
    for (const [key, value] of this.users) if (value === user) return key
    return user.name
  }

  /** Printed records whose properties equal every `[key, value]` filter. */
  print(
    filters: ReadonlyArray<readonly [string, string]>
  ): Record<string, string>[] {
    return [...this.users.values()]
      .map(render)
      .filter((row) => filters.every(([key, value]) => row[key] === value))
  }

  private validate(
    input: Record<string, unknown>,
    creating: boolean
  ): FakeResult<Partial<FakeRouterOSUser>> {
    const fields: Record<string, string> = {}
    for (const [key, raw] of Object.entries(input)) {
      if (key.startsWith(".")) continue // .id, .proplist, …
      if (!WRITABLE.has(key)) return badRequest(`unknown parameter ${key}`)
      if (!["string", "number", "boolean"].includes(typeof raw)) {
        return badRequest(`invalid value of ${key}`)
      }
      fields[key] = String(raw)
    }
    const problem = this.problemWith(fields, creating)
    return problem ? badRequest(problem) : { ok: true, value: fields }
  }

  private problemWith(
    fields: Record<string, string>,
    creating: boolean
  ): string | null {
    if (creating && !fields.name) return "failure: name must be specified"
    const bytes = fields["limit-bytes-total"]
    if (bytes !== undefined && !/^\d+$/.test(bytes)) {
      return `invalid value of limit-bytes-total: ${bytes}`
    }
    const uptime = fields["limit-uptime"]
    if (uptime !== undefined && (!uptime || !DURATION.test(uptime))) {
      return `invalid time value for argument limit-uptime: ${uptime}`
    }
    const { profiles } = this.options
    if (
      fields.profile !== undefined &&
      profiles &&
      !profiles.includes(fields.profile)
    ) {
      return "input does not match any value of profile"
    }
    const disabled = fields.disabled
    if (
      disabled !== undefined &&
      !["true", "false", "yes", "no"].includes(disabled)
    ) {
      return `invalid value of disabled: ${disabled}`
    }
    return null
  }
}

/** A user as `print` shows it: all strings, RouterOS' defaults filled in. */
export function render(user: FakeRouterOSUser): Record<string, string> {
  const row: Record<string, string> = {
    ".id": user[".id"],
    name: user.name,
    password: user.password,
    profile: user.profile ?? "default",
    server: user.server ?? "all",
  }
  for (const key of ["limit-uptime", "limit-bytes-total", "comment"] as const) {
    const value = user[key]
    if (value !== undefined) row[key] = value
  }
  return {
    ...row,
    uptime: "0s",
    "bytes-in": "0",
    "bytes-out": "0",
    "packets-in": "0",
    "packets-out": "0",
    dynamic: "false",
    disabled:
      user.disabled === "true" || user.disabled === "yes" ? "true" : "false",
  }
}

function versionParts(version: string): number[] {
  return (version.match(/^[\d.]+/)?.[0] ?? "0")
    .split(".")
    .map((p) => Number(p) || 0)
}

function badRequest(detail: string): {
  ok: false
  status: 400
  detail: string
} {
  return { ok: false, status: 400, detail }
}

function duplicate(): { ok: false; status: 400; detail: string } {
  return badRequest("failure: already have user with this name for this server")
}

function notFound(): { ok: false; status: 404; detail: string } {
  return { ok: false, status: 404, detail: "no such item" }
}
