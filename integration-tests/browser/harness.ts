/**
 * Browser tests: a real `medusa start` (the production admin build, served at
 * /app) on a fresh database of the test PostgreSQL (DB_HOST …), driven by
 * Playwright in Debian's Chromium (/usr/bin/chromium; CHROMIUM_PATH to
 * override). Without Chromium the tests say so and are skipped.
 *
 * The server runs from the production build `.medusa/server` (`npm run
 * build`), which serves the admin from its public/admin; when that is
 * missing or older than a plugin's admin bundle, `medusa build` runs first.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { Client } from "pg"
import type { Browser, Page } from "playwright-core"

export const ROOT = path.resolve(__dirname, "../..")
const BIN = path.join(ROOT, "node_modules", ".bin")
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const HAS_CHROMIUM = fs.existsSync(CHROMIUM)
export const ADMIN = {
  email: "ops@belanjain.test",
  password: "rahasia-ops-123",
}

function dbUrl(database: string) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const pass = process.env.DB_PASSWORD
    ? `:${encodeURIComponent(process.env.DB_PASSWORD)}`
    : ""
  const host = process.env.DB_HOST || "localhost"
  const port = process.env.DB_PORT || "5432"
  return `postgres://${user}${pass}@${host}:${port}/${database}`
}

async function admin(sql: string) {
  const client = new Client({ connectionString: dbUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

function runSync(args: string[], env: NodeJS.ProcessEnv) {
  const res = spawnSync(path.join(BIN, "medusa"), args, {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
  if (res.status !== 0) {
    throw new Error(
      `medusa ${args.join(" ")} failed (${res.status}):\n${`${res.stdout}\n${res.stderr}`.trim().split("\n").slice(-30).join("\n")}`
    )
  }
}

/** Builds the app (admin included) when the admin build is missing or stale. */
export function ensureAdminBuild(env: NodeJS.ProcessEnv) {
  const index = path.join(ROOT, ".medusa/server/public/admin/index.html")
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0
  const plugins = fs
    .readdirSync(path.join(ROOT, "plugins"))
    .map((p) =>
      path.join(ROOT, "plugins", p, ".medusa/server/src/admin/index.mjs")
    )
    .filter((f) => fs.existsSync(f))
  const newest = Math.max(0, ...plugins.map((f) => fs.statSync(f).mtimeMs))
  if (built && built >= newest) return
  process.stderr.write("\n[browser] building the admin (medusa build)…\n")
  runSync(["build"], env)
}

export type Server = {
  base: string
  stop: () => Promise<void>
  env: NodeJS.ProcessEnv
}

/** Prefix of the migrated template databases (see migratedTemplate). */
export const TEMPLATE_PREFIX = "belanjain_browser_tpl_"

/**
 * A database migrated and given the operator account once per test run (this
 * Jest process) and per server environment, copied for each server: `medusa
 * db:migrate` and `medusa user` cost ~30 s of CLI boots per spec file. The
 * templates of runs whose process is gone are dropped here; this run's are
 * dropped by browser-teardown.js when Jest ends.
 */
async function migratedTemplate(env: NodeJS.ProcessEnv, extraEnv: object) {
  const key = crypto
    .createHash("sha1")
    .update(JSON.stringify(Object.entries(extraEnv).sort()))
    .digest("hex")
    .slice(0, 10)
  const name = `${TEMPLATE_PREFIX}${process.pid}_${key}`
  const client = new Client({ connectionString: dbUrl("postgres") })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${TEMPLATE_PREFIX}%`]
    )
    if (rows.some((r) => r.datname === name)) return name
    for (const { datname } of rows) {
      const pid = Number(datname.slice(TEMPLATE_PREFIX.length).split("_")[0])
      if (pid === process.pid || isAlive(pid)) continue
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
    await client.query(`CREATE DATABASE "${name}"`)
  } finally {
    await client.end()
  }
  try {
    const templateEnv = { ...env, DATABASE_URL: dbUrl(name) }
    runSync(["db:migrate"], templateEnv)
    runSync(["user", "-e", ADMIN.email, "-p", ADMIN.password], templateEnv)
  } catch (e) {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    throw e
  }
  return name
}

function isAlive(pid: number) {
  if (!pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Fresh database (migrated, with an operator account), `medusa start` on a free port. */
export async function startServer(
  extraEnv: Record<string, string> = {}
): Promise<Server> {
  const database = `belanjain_browser_${Date.now()}_${process.pid}`
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: dbUrl(database),
    NODE_ENV: "test",
    PORT: String(port),
    JWT_SECRET: "browser-test-jwt-secret",
    COOKIE_SECRET: "browser-test-cookie-secret",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    ...extraEnv,
  }
  delete env.REDIS_URL
  delete env.CACHE_REDIS_URL
  ensureAdminBuild(env)
  const template = await migratedTemplate(env, extraEnv)
  await admin(`CREATE DATABASE "${database}" TEMPLATE "${template}"`)

  // The production build serves the admin from its own public/admin.
  const child: ChildProcess = spawn(path.join(BIN, "medusa"), ["start"], {
    cwd: path.join(ROOT, ".medusa/server"),
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let stderr = ""
  const keep = (d: Buffer) => (stderr = (stderr + d).slice(-20_000))
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  const base = `http://localhost:${port}`
  const deadline = Date.now() + 240_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`medusa start exited:\n${stderr}`)
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false
    )
    if (ok) break
    if (Date.now() > deadline)
      throw new Error(`no /health within 240 s:\n${stderr}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
  return {
    base,
    env,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve())
          child.kill("SIGTERM")
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref()
        })
      }
      await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(
        () => undefined
      )
    },
  }
}

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import("playwright-core")
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** Signs in to the Medusa admin as the test operator. */
export async function adminLogin(page: Page, base: string) {
  await page.goto(`${base}/app/login`)
  await page
    .locator('input[name="email"]')
    .fill(ADMIN.email, { timeout: 60_000 })
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes("/login"), {
    timeout: 60_000,
  })
}

/** An admin API token for the operator (for set-up and checks through the API). */
export async function adminToken(base: string) {
  const res = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (!res.ok) throw new Error(`admin login failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

/** Seeds the demo data (src/scripts/seed.ts) into the server's database; answers the storefront's publishable key. */
export async function seedDemo(server: Server): Promise<string> {
  runSync(["exec", "./src/scripts/seed.ts"], server.env)
  const client = new Client({ connectionString: server.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where title = 'Belanjain Storefront' and type = 'publishable' and revoked_at is null limit 1"
    )
    if (!rows[0]) throw new Error("the seed made no storefront publishable key")
    return rows[0].token as string
  } finally {
    await client.end()
  }
}

const STOREFRONT = path.join(ROOT, "storefront")

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".next") continue
    const full = path.join(dir, entry.name)
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs
    )
  }
  return newest
}

/** Runs `next build` when the storefront's build is missing or older than its sources or the page-builder blocks. */
export function ensureStorefrontBuild() {
  const buildId = path.join(STOREFRONT, ".next/BUILD_ID")
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  const blocks = path.join(
    ROOT,
    "plugins/page-builder/.medusa/server/src/blocks"
  )
  const newest = Math.max(
    newestMtime(STOREFRONT),
    fs.existsSync(blocks) ? newestMtime(blocks) : 0
  )
  if (built && built >= newest) return
  process.stderr.write("\n[browser] building the storefront (next build)…\n")
  const res = spawnSync(path.join(BIN, "next"), ["build"], {
    cwd: STOREFRONT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
  if (res.status !== 0) {
    throw new Error(
      `next build failed (${res.status}):\n${`${res.stdout}\n${res.stderr}`.trim().split("\n").slice(-40).join("\n")}`
    )
  }
}

export type Storefront = {
  base: string
  stop: () => Promise<void>
  output: () => string
}

/** `next start` of the built storefront on a free port, against `backend` with the store's key. */
export async function startStorefront(
  backend: string,
  publishableKey: string,
  extraEnv: Record<string, string> = {}
): Promise<Storefront> {
  ensureStorefrontBuild()
  const port = await freePort()
  const child = spawn(path.join(BIN, "next"), ["start", "-p", String(port)], {
    cwd: STOREFRONT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backend,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      // http://localhost: the browser must keep the cookies of a production build.
      STOREFRONT_INSECURE_COOKIES: "true",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const keep = (d: Buffer) => (output = (output + d).slice(-50_000))
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  const base = `http://localhost:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited:\n${output}`)
    const ok = await fetch(`${base}/cart`).then(
      (r) => r.status === 200,
      () => false
    )
    if (ok) break
    if (Date.now() > deadline)
      throw new Error(`storefront not up within 60 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    base,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return
      await new Promise<void>((resolve) => {
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref()
      })
    },
  }
}
