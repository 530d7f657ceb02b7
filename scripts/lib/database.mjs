// Resolves the database for dev/start: DATABASE_URL when set, the embedded server otherwise.
import path from "node:path"
import { fail, log, ROOT } from "./env.mjs"
import { checkDatabase, checkRedis } from "./services.mjs"

export const EMBEDDED_DB_NAME = "belanjain"

/**
 * Sets process.env.DATABASE_URL (starting the embedded server when it was not
 * set) and checks that DATABASE_URL and REDIS_URL answer. Exits with a message
 * naming the variable when one does not.
 * @returns {Promise<{ embedded: null | { stop: () => Promise<void> } }>}
 */
export async function prepareServices() {
  let embedded = null
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedPostgres } = await import("./embedded-postgres.mjs")
    const port = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329)
    try {
      embedded = await startEmbeddedPostgres({
        dataDir: path.join(ROOT, ".data", "postgres"),
        port,
      })
      await embedded.ensureDatabase(EMBEDDED_DB_NAME)
    } catch (e) {
      await embedded?.stop().catch(() => {})
      fail(e.message)
    }
    process.env.DATABASE_URL = embedded.url(EMBEDDED_DB_NAME)
  } else {
    log("using the database in DATABASE_URL")
  }

  const checks = [checkDatabase(process.env.DATABASE_URL)]
  if (process.env.REDIS_URL) checks.push(checkRedis(process.env.REDIS_URL))
  const results = await Promise.allSettled(checks)
  const errors = results
    .filter((r) => r.status === "rejected")
    .map((r) => r.reason.message)
  if (errors.length) {
    await embedded?.stop().catch(() => {})
    fail(errors.join("\n"))
  }
  log(
    process.env.REDIS_URL
      ? "Redis reachable: caching, events, workflows and locks use Redis"
      : "no REDIS_URL: in-memory caching, events, workflows and locks"
  )
  return { embedded }
}
