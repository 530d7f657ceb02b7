import Redis from "ioredis"

/**
 * Readiness (GET /health/ready): can this process serve requests now? It
 * asks the database (`select 1`) and, when the app runs on Redis, Redis
 * (PING). Medusa's `/health` stays the liveness check: it answers as long as
 * the process runs, so an orchestrator restarts on /health and routes
 * traffic on /health/ready.
 */

export type CheckStatus = "ok" | "error"
export type CheckResult = {
  status: CheckStatus
  latency_ms: number
  error?: string
}
export type Readiness = {
  status: "ok" | "unavailable"
  checks: Record<string, CheckResult>
}

/** What the database check needs of a knex instance (PG_CONNECTION). */
export type SqlClient = { raw(sql: string): PromiseLike<unknown> }

export type ReadinessOptions = {
  db: SqlClient
  /** Checked only when set. */
  redisUrl?: string
  /** Per check; the checks run side by side. Default 1000 ms. */
  timeoutMs?: number
}

export const DEFAULT_CHECK_TIMEOUT_MS = 1000

/** Runs every check side by side; the answer comes within about timeoutMs. */
export async function checkReadiness({
  db,
  redisUrl,
  timeoutMs = DEFAULT_CHECK_TIMEOUT_MS,
}: ReadinessOptions): Promise<Readiness> {
  const checks: Record<string, () => Promise<unknown>> = {
    database: () => Promise.resolve(db.raw("select 1")),
  }
  if (redisUrl) {
    checks.redis = () => pingRedis(redisUrl, timeoutMs)
  }

  const names = Object.keys(checks)
  const results = await Promise.all(
    names.map((name) => timed(checks[name], `${name} check`, timeoutMs))
  )
  const byName = Object.fromEntries(names.map((n, i) => [n, results[i]]))
  return {
    status: results.every((r) => r.status === "ok") ? "ok" : "unavailable",
    checks: byName,
  }
}

async function timed(
  check: () => Promise<unknown>,
  label: string,
  timeoutMs: number
): Promise<CheckResult> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${label} timed out after ${timeoutMs} ms`)),
      timeoutMs
    )
  })
  try {
    await Promise.race([check(), timeout])
    return { status: "ok", latency_ms: elapsed(started) }
  } catch (e) {
    return {
      status: "error",
      latency_ms: elapsed(started),
      error: errorMessage(e),
    }
  } finally {
    clearTimeout(timer)
  }
}

const elapsed = (started: number) =>
  Math.round((performance.now() - started) * 10) / 10

function errorMessage(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) {
    // Node's connect() to a name with several addresses (localhost: ::1 and
    // 127.0.0.1) fails with an empty message and one error per address.
    return e.errors.map(errorMessage).join("; ")
  }
  if (e instanceof Error) return e.message || e.name
  return String(e)
}

/**
 * One small client per Redis URL, made on the first check and reused. It
 * never queues commands while disconnected and tries once, so a Redis that
 * is down answers at once with the last connection error; ioredis keeps
 * reconnecting in the background (every 2 s at most) until it is back.
 */
type Pinger = { client: Redis; lastError?: Error }
const pingers = new Map<string, Pinger>()

function pinger(url: string, timeoutMs: number): Pinger {
  let entry = pingers.get(url)
  if (!entry) {
    const client = new Redis(url, {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      commandTimeout: timeoutMs,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      enableReadyCheck: false,
      retryStrategy: (times) => Math.min(times * 200, 2000),
      // Nothing to flush on close: drop the socket instead of waiting 2 s.
      disconnectTimeout: 100,
    })
    const created: Pinger = { client }
    // Without a listener ioredis reports every failed reconnect on stderr.
    client.on("error", (e: Error) => {
      created.lastError = e
    })
    client.on("ready", () => {
      created.lastError = undefined
    })
    pingers.set(url, created)
    entry = created
  }
  return entry
}

async function pingRedis(url: string, timeoutMs: number): Promise<void> {
  const entry = pinger(url, timeoutMs)
  const { client } = entry
  try {
    if (client.status === "wait") await client.connect()
    const reply = await client.ping()
    if (reply !== "PONG") throw new Error(`unexpected PING reply ${reply}`)
  } catch (e) {
    // "Stream isn't writeable…" says less than why the connection is down.
    throw entry.lastError && client.status !== "ready" ? entry.lastError : e
  }
}

/** Closes the Redis clients of the checks (tests, shutdown). */
export function closeReadinessClients(): void {
  const all = [...pingers.values()]
  pingers.clear()
  for (const { client } of all) client.disconnect()
}
