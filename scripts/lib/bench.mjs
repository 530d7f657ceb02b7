// Shared by the `npm run bench:*` scripts: a throw-away database, timed phases,
// a `medusa start` server on a free port, percentiles, and cleanup on exit.
//
// What the servers run (BENCH_MODE):
//  production (default): the production build (.medusa/server, built first
//    when missing), NODE_ENV=production with generated secrets and CORS
//    origins; with REDIS_URL, every Redis module on Redis database
//    BENCH_REDIS_DB (14, emptied before and after), the server with
//    MEDUSA_WORKER_MODE=server and a worker beside it
//  development: `medusa start` on the sources, in-memory modules
// Seeds always run on the sources (`medusa exec`, in-memory modules).
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { log, redact, ROOT } from "./env.mjs"
import { waitForHealth } from "./app.mjs"
import { freePort } from "./net.mjs"
import { ensurePluginsBuilt } from "./plugins.mjs"
import { runOrThrow, start } from "./run.mjs"

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    n: sorted.length,
  }
}

export const SERVER_DIR = path.join(ROOT, ".medusa", "server")
// Read when used: the scripts load .env after their imports.
const benchMode = () =>
  process.env.BENCH_MODE === "development" ? "development" : "production"
function benchRedisUrl() {
  if (!process.env.REDIS_URL) return null
  const url = new URL(process.env.REDIS_URL)
  url.pathname = `/${process.env.BENCH_REDIS_DB || 14}`
  return url.toString()
}

/** One line saying what the servers run, for the report. */
export function benchModeLabel() {
  const redis = benchRedisUrl()
  return benchMode() === "production"
    ? `production build, ${redis ? `Redis (${redact(redis)}), server + worker` : "no REDIS_URL: in-memory modules"}`
    : "development (sources, in-memory modules)"
}

/** A secret the production config check accepts (32 characters or more). */
export const benchSecret = () => crypto.randomBytes(24).toString("hex")

async function flushBenchRedis() {
  const url = benchRedisUrl()
  if (benchMode() !== "production" || !url) return
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(url, { maxRetriesPerRequest: 1 })
  try {
    await redis.flushdb()
  } finally {
    redis.disconnect()
  }
}

export function createBench(prefix) {
  const phases = []
  let embedded = null
  let dropDatabase = null
  const servers = new Set()
  let cleaning = false

  async function phase(name, fn) {
    const t = Date.now()
    log(`${name}…`)
    const result = await fn()
    const ms = Date.now() - t
    phases.push([name, ms])
    log(`${name}: ${(ms / 1000).toFixed(1)} s`)
    return result
  }

  /** A fresh database: on DATABASE_URL's server (dropped at the end), else an embedded one. */
  async function prepareDatabase() {
    if (process.env.DATABASE_URL) {
      const base = new URL(process.env.DATABASE_URL)
      const name = `${prefix}_${Date.now()}`
      const admin = new URL(base)
      admin.pathname = "/postgres"
      const exec = async (sql) => {
        const c = new pg.Client({ connectionString: admin.toString() })
        await c.connect()
        try {
          await c.query(sql)
        } finally {
          await c.end()
        }
      }
      await exec(`CREATE DATABASE "${name}"`)
      dropDatabase = () =>
        exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      const url = new URL(base)
      url.pathname = `/${name}`
      log(`DATABASE_URL set: using a fresh database ${redact(url.toString())}`)
      return url.toString()
    }
    const { startTemporaryPostgres } = await import("./embedded-postgres.mjs")
    embedded = await startTemporaryPostgres(`${prefix.replace(/_/g, "-")}-`)
    await embedded.ensureDatabase(prefix)
    log(
      `embedded PostgreSQL on localhost:${embedded.port} (data in ${embedded.tmp})`
    )
    return embedded.url(prefix)
  }

  /**
   * Plugins (when stale), migrations, then `medusa exec <seed>`; returns the
   * BENCH_*=value lines the seed printed, refusing when one of `required` is
   * missing.
   */
  async function migrateAndSeed(env, { seed, label, required }) {
    await phase("plugins build (when stale)", () => ensurePluginsBuilt())
    await phase("migrations", () =>
      runOrThrow("medusa", ["db:migrate"], { env, quiet: true })
    )
    const out = await phase(label, () =>
      runOrThrow("medusa", ["exec", seed], { env, quiet: true })
    )
    const vars = Object.fromEntries(
      [...out.matchAll(/^(BENCH_[A-Z0-9_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]])
    )
    if (required.some((name) => !vars[name]))
      throw new Error(
        `the seed printed no bench variables:\n${out.slice(-2000)}`
      )
    return vars
  }

  let productionEnv = null
  /** The environment of a production process (see BENCH_MODE), once per run. */
  async function productionServerEnv(env) {
    if (!productionEnv) {
      if (!fs.existsSync(path.join(SERVER_DIR, "medusa-config.js")))
        await phase("production build (none yet)", () =>
          runOrThrow("medusa", ["build"], { env, quiet: true })
        )
      await flushBenchRedis()
      const origin = "http://localhost:8100"
      productionEnv = {
        NODE_ENV: "production",
        JWT_SECRET: benchSecret(),
        COOKIE_SECRET: benchSecret(),
        STORE_CORS: origin,
        ADMIN_CORS: origin,
        AUTH_CORS: origin,
      }
    }
    const out = { ...env, ...productionEnv }
    // A secret the seed signed tokens with is kept, when it is long enough.
    if ((env.JWT_SECRET ?? "").length >= 32) out.JWT_SECRET = env.JWT_SECRET
    const redis = benchRedisUrl()
    if (redis) {
      out.REDIS_URL = redis
      delete out.CACHE_REDIS_URL
    } else {
      delete out.REDIS_URL
    }
    if (out.LOG_LEVEL === "debug") out.LOG_LEVEL = "warn"
    return out
  }

  function spawnMedusa(env, port, cwd) {
    const child = start("medusa", ["start"], {
      cwd,
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    })
    servers.add(child)
    child.once("exit", (code) => {
      servers.delete(child)
      if (!cleaning && !child.stopping)
        log(
          `medusa start (${env.MEDUSA_WORKER_MODE ?? "shared"}) exited early (${code})`
        )
    })
    return child
  }

  /**
   * `medusa start` on a free port (see BENCH_MODE); resolves with its base
   * URL once healthy. With Redis in production mode a worker starts beside
   * it, stopped with it.
   */
  async function startServer(env) {
    const port = await freePort()
    if (benchMode() !== "production") {
      const server = spawnMedusa(env, port)
      await waitForHealth(port, 300_000)
      return { base: `http://localhost:${port}`, server }
    }
    const prod = await productionServerEnv(env)
    let worker = null
    if (prod.REDIS_URL) {
      prod.MEDUSA_WORKER_MODE = "server"
      const workerPort = await freePort()
      worker = spawnMedusa(
        { ...prod, MEDUSA_WORKER_MODE: "worker" },
        workerPort,
        SERVER_DIR
      )
      await waitForHealth(workerPort, 300_000)
    }
    const server = spawnMedusa(prod, port, SERVER_DIR)
    server.worker = worker
    await waitForHealth(port, 300_000)
    return { base: `http://localhost:${port}`, server }
  }

  async function stopServer(server) {
    if (server?.worker) await stopProcess(server.worker)
    await stopProcess(server)
  }

  async function stopProcess(server) {
    if (!server || server.exitCode !== null || server.signalCode) return
    server.stopping = true
    await new Promise((resolve) => {
      server.once("exit", resolve)
      server.kill("SIGTERM")
      setTimeout(() => {
        server.kill("SIGKILL")
        resolve()
      }, 10_000).unref()
    })
  }

  async function cleanup() {
    if (cleaning) return
    cleaning = true
    for (const server of servers) await stopProcess(server)
    await dropDatabase?.().catch((e) =>
      log(`could not drop the bench database: ${e.message}`)
    )
    await embedded?.stop().catch(() => {})
    // Only when this run used it (the drills share this file, not its Redis).
    if (productionEnv) await flushBenchRedis().catch(() => {})
  }
  process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
  process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

  function printPhases(total) {
    console.log("")
    console.log("phases:")
    for (const [name, ms] of phases)
      console.log(
        `  ${name.padEnd(60)} ${(ms / 1000).toFixed(1).padStart(7)} s`
      )
    console.log(
      `  ${"total".padEnd(60)} ${((Date.now() - total) / 1000).toFixed(1).padStart(7)} s`
    )
  }

  return {
    phase,
    prepareDatabase,
    migrateAndSeed,
    startServer,
    stopServer,
    cleanup,
    printPhases,
  }
}
