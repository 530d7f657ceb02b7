// Reachability checks for DATABASE_URL and REDIS_URL that fail fast with a clear message.
import net from "node:net"
import pg from "pg"
import { address, redact } from "./env.mjs"

const CONNECT_TIMEOUT_MS = 8_000

/**
 * Connects to DATABASE_URL; creates the database when the server is reachable
 * but the database does not exist yet. Throws an Error whose message names
 * DATABASE_URL and the address.
 */
export async function checkDatabase(url) {
  const where = `${address(url, 5432)} (${redact(url)})`
  const tryConnect = async (connectionString) => {
    const client = new pg.Client({
      connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    })
    try {
      await client.connect()
      await client.query("select 1")
    } finally {
      await client.end().catch(() => {})
    }
  }

  try {
    await tryConnect(url)
    return
  } catch (e) {
    if (e?.code !== "3D000") {
      throw new Error(
        `DATABASE_URL: cannot reach PostgreSQL at ${where}: ${describe(e)}.\n` +
          `  Start PostgreSQL there, fix DATABASE_URL in .env, or unset DATABASE_URL to use the embedded database.`
      )
    }
  }

  // The server answers but the database is missing: create it.
  const u = new URL(url)
  const dbName = decodeURIComponent(u.pathname.replace(/^\//, ""))
  u.pathname = "/postgres"
  const admin = new pg.Client({
    connectionString: u.toString(),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`)
  } catch (e) {
    throw new Error(
      `DATABASE_URL: database "${dbName}" does not exist at ${where} and could not be created: ${describe(e)}`
    )
  } finally {
    await admin.end().catch(() => {})
  }
}

/**
 * Opens a TCP connection to REDIS_URL and sends PING (with AUTH when the URL
 * carries a password). Throws an Error naming REDIS_URL and the address.
 */
export async function checkRedis(url) {
  const where = `${address(url, 6379)} (${redact(url)})`
  let u
  try {
    u = new URL(url)
  } catch {
    throw new Error(`REDIS_URL: "${redact(url)}" is not a valid redis:// URL`)
  }
  if (u.protocol === "rediss:") return // TLS: leave the check to the Redis client.

  const host = u.hostname || "127.0.0.1"
  const port = Number(u.port || 6379)
  const user = decodeURIComponent(u.username || "")
  const pass = decodeURIComponent(u.password || "")

  await new Promise((resolve, reject) => {
    const socket = net.connect({ host, port })
    const done = (err) => {
      socket.destroy()
      if (err) {
        reject(
          new Error(
            `REDIS_URL: cannot reach Redis at ${where}: ${err.message}.\n` +
              `  Start Redis there, fix REDIS_URL, or unset REDIS_URL to use the in-memory modules.`
          )
        )
      } else resolve()
    }
    socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
      done(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000}s`))
    )
    socket.on("error", (e) => done(new Error(describe(e))))
    socket.on("connect", () => {
      const auth = pass ? `AUTH ${user ? `${user} ` : ""}${pass}\r\n` : ""
      socket.write(`${auth}PING\r\n`)
    })
    let buf = ""
    socket.on("data", (d) => {
      buf += d.toString()
      if (buf.includes("+PONG")) done()
      else if (buf.startsWith("-"))
        done(new Error(buf.split("\r\n")[0].slice(1)))
    })
  })
}

function describe(e) {
  if (!e) return "unknown error"
  if (e.code === "ECONNREFUSED") return "connection refused"
  if (e.code === "ENOTFOUND") return "host not found"
  if (e.code === "28P01" || e.code === "28000")
    return `authentication failed (${e.message})`
  if (/timeout/i.test(e.message ?? ""))
    return `no answer within ${CONNECT_TIMEOUT_MS / 1000}s`
  // AggregateError (IPv4 + IPv6 attempts) carries the causes in .errors
  if (e.errors?.length) return describe(e.errors[0])
  return e.message || String(e.code ?? e)
}
