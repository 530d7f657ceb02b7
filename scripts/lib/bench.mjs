// Shared by the `npm run bench:*` scripts: a throw-away database, timed phases,
// a `medusa start` server on a free port, percentiles, and cleanup on exit.
import pg from "pg"
import { log, redact } from "./env.mjs"
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

  /** `medusa start` on a free port; resolves with its base URL once healthy. */
  async function startServer(env) {
    const port = await freePort()
    const server = start("medusa", ["start"], {
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    })
    servers.add(server)
    server.once("exit", (code) => {
      servers.delete(server)
      if (!cleaning && !server.stopping)
        log(`medusa start exited early (${code})`)
    })
    await waitForHealth(port, 300_000)
    return { base: `http://localhost:${port}`, server }
  }

  async function stopServer(server) {
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
    for (const server of servers) await stopServer(server)
    await dropDatabase?.().catch((e) =>
      log(`could not drop the bench database: ${e.message}`)
    )
    await embedded?.stop().catch(() => {})
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
