// Environment helpers shared by dev.mjs, start.mjs and test.mjs. Plain Node, no build step.
import fs from "node:fs"
import path from "node:path"

export const ROOT = path.resolve(import.meta.dirname, "..", "..")

/** Loads ROOT/.env (if any) without overriding variables already set. */
export function loadDotEnv() {
  const file = path.join(ROOT, ".env")
  if (fs.existsSync(file)) process.loadEnvFile(file)
  process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"
}

/** `postgres://user:secret@host:5432/db` → `postgres://user:***@host:5432/db` */
export function redact(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "(unparseable URL)"
  }
}

/** `host:port` of a URL, for error messages. */
export function address(url, defaultPort) {
  try {
    const u = new URL(url)
    return `${u.hostname || "localhost"}:${u.port || defaultPort}`
  } catch {
    return "(unparseable URL)"
  }
}

export const log = (msg) => console.log(`[belanjain] ${msg}`)

/** Prints a start-up error naming the variable and exits non-zero. */
export function fail(msg) {
  console.error(`\n[belanjain] ERROR: ${msg}\n`)
  process.exit(1)
}
