/**
 * Plugins as products: every workspace plugin (plugins/<name>, any folder
 * with a package.json) is packed with `npm pack`, installed from its tarball
 * into a minimal Medusa app created in a fresh folder outside the workspace,
 * migrated, booted with `medusa start`, and one of its routes is called.
 *
 * Nothing here builds a plugin: the tarballs are made from the current
 * `.medusa/server` (`npm run build:plugins` first; `npm test` does it). A
 * tarball without its built server fails the test, naming the plugin.
 *
 * The app is what a developer would write: `@medusajs/*` at the workspace's
 * exact version, the plugins' peer dependencies at the versions they pin,
 * the tarballs as `file:` dependencies, `medusa-config.ts` with the plugins
 * (and the Midtrans payment provider), `admin: { disable: true }`. The
 * install uses npm's cache (`--prefer-offline`).
 *
 * Environment: DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD (set by
 * scripts/test.mjs; default localhost:5432, postgres). The test creates its
 * own database and drops it afterwards, with the temporary folder and the
 * server. PLUGIN_INSTALL_ONLY=marketplace,reviews limits the run to those
 * plugin folders (for trying one plugin while working on it).
 */
import { spawn, type ChildProcess } from "child_process"
import crypto from "crypto"
import fs from "fs"
import http from "http"
import net from "net"
import os from "os"
import path from "path"
import { Client } from "pg"

const ROOT = path.resolve(__dirname, "..", "..")
const PLUGINS_DIR = path.join(ROOT, "plugins")
// Libraries the plugins depend on (packages/*, e.g. @belanjain/openapi): not
// on the registry yet, so they are packed and installed from tarballs too.
const PACKAGES_DIR = path.join(ROOT, "packages")
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[\w.]+)?$/

// npm install of ~1200 packages from the cache takes about two minutes here.
jest.setTimeout(10 * 60_000)

type Plugin = {
  folder: string
  dir: string
  name: string
  version: string
  peerDependencies: Record<string, string>
  tarball?: string
  packedFiles?: Set<string>
}

type Library = { name: string; dir: string; tarball?: string }

type Json = Record<string, any>
type Reply = { status: number; body: any; text: string }

// ------------------------------------------------------------- the plugins

function listLibraries(): Library[] {
  if (!fs.existsSync(PACKAGES_DIR)) return []
  return fs
    .readdirSync(PACKAGES_DIR)
    .filter((f) => fs.existsSync(path.join(PACKAGES_DIR, f, "package.json")))
    .sort()
    .map((f) => {
      const dir = path.join(PACKAGES_DIR, f)
      return { name: readJson(path.join(dir, "package.json")).name, dir }
    })
}

function listPlugins(): Plugin[] {
  const only = (process.env.PLUGIN_INSTALL_ONLY ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
  return fs
    .readdirSync(PLUGINS_DIR)
    .filter((folder) =>
      fs.existsSync(path.join(PLUGINS_DIR, folder, "package.json"))
    )
    .filter((folder) => !only.length || only.includes(folder))
    .sort()
    .map((folder) => {
      const dir = path.join(PLUGINS_DIR, folder)
      const pkg = readJson(path.join(dir, "package.json"))
      return {
        folder,
        dir,
        name: pkg.name,
        version: pkg.version,
        peerDependencies: pkg.peerDependencies ?? {},
      }
    })
}

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, "utf8"))
}

/**
 * The built files a tarball must hold: every export target without a
 * wildcard (workflows, admin bundle…) and each module's entry point.
 */
function requiredPackFiles(plugin: Plugin): string[] {
  const pkg = readJson(path.join(plugin.dir, "package.json"))
  const targets = new Set<string>()
  const collect = (value: unknown) => {
    if (typeof value === "string") {
      if (!value.includes("*") && value !== "./package.json")
        targets.add(value.replace(/^\.\//, ""))
    } else if (value && typeof value === "object") {
      Object.values(value).forEach(collect)
    }
  }
  collect(pkg.exports)
  const modules = path.join(plugin.dir, "src", "modules")
  if (fs.existsSync(modules)) {
    for (const name of fs.readdirSync(modules)) {
      if (fs.statSync(path.join(modules, name)).isDirectory())
        targets.add(`.medusa/server/src/modules/${name}/index.js`)
    }
  }
  return [...targets]
}

/** The tables a plugin's built migrations create. */
function migrationTables(packageDir: string): string[] {
  const modules = path.join(packageDir, ".medusa", "server", "src", "modules")
  if (!fs.existsSync(modules)) return []
  const tables = new Set<string>()
  for (const mod of fs.readdirSync(modules)) {
    const dir = path.join(modules, mod, "migrations")
    if (!fs.existsSync(dir)) continue
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js"))) {
      const text = fs.readFileSync(path.join(dir, file), "utf8")
      for (const m of text.matchAll(
        /create table if not exists \\?"(\w+)\\?"/gi
      ))
        tables.add(m[1])
    }
  }
  return [...tables].sort()
}

/** Admin GET routes without path parameters, from a plugin's built server. */
function staticAdminGetRoutes(packageDir: string): string[] {
  const api = path.join(packageDir, ".medusa", "server", "src", "api")
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (
        entry.name === "route.js" &&
        /\bexports\.GET\b|\bGET\s*=/.test(fs.readFileSync(full, "utf8"))
      )
        found.push("/" + path.relative(api, path.dirname(full)))
    }
  }
  if (fs.existsSync(path.join(api, "admin"))) walk(path.join(api, "admin"))
  return found.filter((r) => !r.includes("[")).sort()
}

/** Every installed copy of @medusajs/framework (package roots only). */
function frameworkCopies(appDir: string): string[] {
  const found: string[] = []
  const visit = (nodeModules: string) => {
    if (!fs.existsSync(nodeModules)) return
    for (const entry of fs.readdirSync(nodeModules)) {
      const dirs = entry.startsWith("@")
        ? fs
            .readdirSync(path.join(nodeModules, entry))
            .map((n) => path.join(nodeModules, entry, n))
        : [path.join(nodeModules, entry)]
      for (const dir of dirs) {
        if (dir.endsWith(path.join("@medusajs", "framework")))
          found.push(path.relative(appDir, dir).split(path.sep).join("/"))
        visit(path.join(dir, "node_modules"))
      }
    }
  }
  visit(path.join(appDir, "node_modules"))
  return found.sort()
}

// ------------------------------------------------------------ processes

const children = new Set<ChildProcess>()

/** The environment of npm and Medusa in the app: nothing of the workspace's. */
function cleanEnv(extra: Record<string, string> = {}) {
  const keepNpm = new Set([
    "npm_config_cache",
    "npm_config_userconfig",
    "npm_config_globalconfig",
    "npm_config_registry",
    "npm_config_cafile",
  ])
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (/^npm_/i.test(key) && !keepNpm.has(key)) continue
    if (
      /^(INIT_CWD|NODE_OPTIONS|NODE_ENV|DATABASE_URL|JEST_WORKER_ID)$/.test(
        key
      ) ||
      /^(DB_|REDIS|CACHE_REDIS|MEDUSA_|MIDTRANS_|PAGES_|VOUCHERS_|MARKETPLACE_)/.test(
        key
      )
    )
      continue
    env[key] = value
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

/** Runs a command to its end; rejects with the tail of its output. */
function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; timeoutMs: number }
): Promise<{ stdout: string; output: string; seconds: number }> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? cleanEnv(),
      detached: true, // its own process group: killed with everything it started
      stdio: ["ignore", "pipe", "pipe"],
    })
    children.add(child)
    let stdout = ""
    let output = ""
    child.stdout!.on("data", (d) => {
      stdout += d
      output += d
    })
    child.stderr!.on("data", (d) => (output += d))
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), opts.timeoutMs)
    child.on("error", reject)
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      children.delete(child)
      const seconds = (Date.now() - started) / 1000
      if (code === 0) return resolve({ stdout, output, seconds })
      reject(
        new Error(
          `\`${cmd} ${args.join(" ")}\` in ${opts.cwd} ${
            signal
              ? `was killed (${signal}) after ${seconds} s`
              : `exited ${code}`
          }:\n${tail(output)}`
        )
      )
    })
  })
}

function tail(text: string, lines = 40) {
  return text.trim().split("\n").slice(-lines).join("\n")
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** SIGTERM to the process group, SIGKILL after 10 s. */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const closed = new Promise((resolve) => child.once("close", resolve))
  killGroup(child, "SIGTERM")
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000)
  await closed
  clearTimeout(timer)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/** Polls `probe` until it gives a value; `abort` may end the wait with an error. */
async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
  details: () => string = () => "",
  abort: () => Error | undefined = () => undefined
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    const error = abort()
    if (error) throw error
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${details()}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

// ------------------------------------------------------- the fake Midtrans

/**
 * A Midtrans Core API stand-in on 127.0.0.1: it records the requests and
 * answers every status look-up with Midtrans' "doesn't exist" body.
 */
async function startFakeMidtrans() {
  const requests: { method: string; url: string; authorization?: string }[] = []
  const server = http.createServer((req, res) => {
    requests.push({
      method: req.method ?? "",
      url: req.url ?? "",
      authorization: req.headers.authorization,
    })
    res.writeHead(404, { "content-type": "application/json" })
    res.end(
      JSON.stringify({
        status_code: "404",
        status_message: "Transaction doesn't exist.",
      })
    )
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

// ---------------------------------------------------------------- the app

const MIDTRANS_SERVER_KEY = "SB-Mid-server-plugin-install-test"

/** Options each plugin gets in the app; a plugin not listed gets `{}`. */
const PLUGIN_OPTIONS: Record<string, Json> = {
  "@belanjain/page-builder": {
    preview_secret: "plugin-install-preview-secret",
  },
  "@belanjain/vouchers": {
    credentials_secret: "plugin-install-credentials-secret",
  },
}

/** The app's dependencies: the workspace's versions, all exact. */
function appPackageJson(
  plugins: Plugin[],
  libraries: Library[],
  appDir: string
) {
  const root = readJson(path.join(ROOT, "package.json"))
  const installed = (name: string) =>
    readJson(require.resolve(`${name}/package.json`, { paths: [ROOT] }))
      .version as string
  const deps: Record<string, string> = {}
  const pin = (name: string, version: string, from: string) => {
    if (!EXACT_VERSION.test(version))
      throw new Error(`${from} does not pin ${name} exactly (${version})`)
    if (deps[name] && deps[name] !== version)
      throw new Error(
        `${name}: ${from} wants ${version}, another package ${deps[name]}`
      )
    deps[name] = version
  }
  // The Medusa packages of the root app (medusa, framework, cli, admin-sdk).
  for (const [name, version] of Object.entries<string>(root.dependencies))
    if (name.startsWith("@medusajs/")) pin(name, version, "package.json")
  // Each plugin's peers: exact pins as they are; ranges (react) at the
  // version the workspace installed, which is also in npm's cache.
  for (const plugin of plugins)
    for (const [name, range] of Object.entries(plugin.peerDependencies))
      pin(
        name,
        EXACT_VERSION.test(range) ? range : installed(name),
        plugin.name
      )
  if (deps.react) pin("react-dom", deps.react, "react")
  for (const plugin of plugins)
    deps[plugin.name] = `file:${path.relative(appDir, plugin.tarball!)}`
  for (const library of libraries)
    deps[library.name] = `file:${path.relative(appDir, library.tarball!)}`
  const medusa = deps["@medusajs/medusa"]
  for (const [name, version] of Object.entries(deps))
    if (name.startsWith("@medusajs/") && name !== "@medusajs/ui")
      expect(`${name}@${version}`).toBe(`${name}@${medusa}`)
  return {
    name: "plugin-install-app",
    version: "0.0.0",
    private: true,
    description: "A minimal Medusa app that installs the Belanjain plugins",
    scripts: {
      start: "medusa start",
      "db:migrate": "medusa db:migrate",
    },
    dependencies: deps,
    // The plugins name the libraries by version (as published); here those
    // resolve to the tarballs above.
    overrides: Object.fromEntries(libraries.map((l) => [l.name, `$${l.name}`])),
    // What a create-medusa-app project uses to run medusa-config.ts.
    devDependencies: Object.fromEntries(
      ["@swc/core", "ts-node", "typescript"].map((n) => [n, installed(n)])
    ),
    engines: { node: ">=20" },
  }
}

function medusaConfig(plugins: Plugin[], midtransUrl: string) {
  const names = new Set(plugins.map((p) => p.name))
  const modules = names.has("@belanjain/payment-midtrans")
    ? [
        {
          resolve: "@medusajs/medusa/payment",
          options: {
            providers: [
              {
                resolve: "@belanjain/payment-midtrans/providers/midtrans",
                id: "midtrans",
                options: {
                  server_key: MIDTRANS_SERVER_KEY,
                  client_key: "SB-Mid-client-plugin-install-test",
                  base_url: midtransUrl,
                },
              },
            ],
          },
        },
      ]
    : []
  const entries = plugins.map((p) => ({
    resolve: p.name,
    options: PLUGIN_OPTIONS[p.name] ?? {},
  }))
  const json = (v: unknown) => JSON.stringify(v, null, 2)
  return `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000,http://localhost:8000",
      jwtSecret: "plugin-install-jwt-secret",
      cookieSecret: "plugin-install-cookie-secret",
    },
  },
  admin: { disable: true },
  plugins: ${json(entries)},
  modules: ${json(modules)},
})
`
}

// As create-medusa-app writes it (ts-node with swc runs medusa-config.ts).
const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strict: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

// ---------------------------------------------------------------- the test

const db = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
const dbName = `plugin_install_${process.pid}_${crypto.randomBytes(3).toString("hex")}`
const databaseUrl = () => {
  const auth = db.password
    ? `${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}`
    : encodeURIComponent(db.user)
  return `postgres://${auth}@${db.host}:${db.port}/${dbName}`
}

async function sql<T = Json>(database: string, text: string, values?: any[]) {
  const client = new Client({ ...db, database })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

const plugins = listPlugins()
const libraries = listLibraries()
const timings: Record<string, number> = {}
let tmp = ""
let appDir = ""
let dbCreated = false
let server: ChildProcess | undefined
let serverLog = ""
let baseUrl = ""
let adminToken = ""
let publishableKey = ""
let midtrans: Awaited<ReturnType<typeof startFakeMidtrans>> | undefined
const started = Date.now()

async function timed<T>(step: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now()
  try {
    return await fn()
  } finally {
    timings[step] = (Date.now() - t) / 1000
  }
}

async function call(
  method: string,
  url: string,
  opts: { token?: string; key?: string; body?: unknown } = {}
): Promise<Reply> {
  const res = await fetch(baseUrl + url, {
    method,
    headers: {
      ...(opts.body !== undefined
        ? { "content-type": "application/json" }
        : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.key ? { "x-publishable-api-key": opts.key } : {}),
    },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  })
  const text = await res.text()
  let body: any
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: res.status, body, text }
}
const admin = (url: string) => call("GET", url, { token: adminToken })
const store = (url: string) => call("GET", url, { key: publishableKey })

/**
 * What every plugin's README covers: a heading for each, or for options a
 * plain statement that there are none.
 */
const README_SECTIONS: { name: string; heading: RegExp; text?: RegExp }[] = [
  { name: "install", heading: /\binstall/i },
  { name: "options", heading: /\boptions?\b/i, text: /\bno options\b/i },
  { name: "routes", heading: /\broutes?\b/i },
  { name: "events", heading: /\bevents?\b/i },
]

/** A route of each plugin whose answer only the plugin's code can give. */
const PROBES: Record<string, () => Promise<void>> = {
  "@belanjain/marketplace": async () => {
    // Core Medusa has no sellers: the 404 names the handle, the list is ours.
    const missing = await store("/store/sellers/no-such-seller")
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      type: "not_found",
      message: 'Seller with handle "no-such-seller" was not found',
    })
    const list = await admin("/admin/sellers")
    expect(list.status).toBe(200)
    expect(list.body).toEqual({ sellers: [], count: 0, offset: 0, limit: 20 })
  },
  "@belanjain/page-builder": async () => {
    const missing = await store("/store/pages/no-such-page")
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      type: "not_found",
      message: "Page no-such-page was not found",
    })
    const list = await admin("/admin/pages")
    expect(list.status).toBe(200)
    expect(list.body).toEqual({ pages: [], count: 0, offset: 0, limit: 20 })
  },
  "@belanjain/payment-midtrans": async () => {
    // The provider from the tarball is registered…
    const providers = await admin("/admin/payments/payment-providers")
    expect(providers.status).toBe(200)
    expect(providers.body.payment_providers).toContainEqual({
      id: "pp_midtrans_midtrans",
      is_enabled: true,
    })
    // …and Medusa's webhook route hands a signed notification to it: the
    // provider verifies the signature and asks the (fake) Status API.
    const notification = {
      order_id: "payses_plugin_install",
      status_code: "200",
      gross_amount: "10000.00",
      transaction_status: "settlement",
    }
    const signature_key = crypto
      .createHash("sha512")
      .update(
        notification.order_id +
          notification.status_code +
          notification.gross_amount +
          MIDTRANS_SERVER_KEY
      )
      .digest("hex")
    const hook = await call("POST", "/hooks/payment/midtrans_midtrans", {
      body: { ...notification, signature_key },
    })
    expect(hook.status).toBe(200)
    const lookup = await waitFor(
      "the Midtrans provider to call the Status API",
      15_000, // Medusa hands webhooks on about 5 s later
      async () =>
        midtrans!.requests.find(
          (r) => r.url === "/v2/payses_plugin_install/status"
        ),
      () => tail(serverLog)
    )
    expect(lookup).toEqual({
      method: "GET",
      url: "/v2/payses_plugin_install/status",
      authorization: `Basic ${Buffer.from(`${MIDTRANS_SERVER_KEY}:`).toString("base64")}`,
    })
  },
  "@belanjain/reviews": async () => {
    // The reviews route looks the product up first: the 404 names it.
    const missing = await store("/store/products/prod_missing/reviews")
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      type: "not_found",
      message: "Product with id: prod_missing was not found",
    })
    const list = await admin("/admin/reviews")
    expect(list.status).toBe(200)
    expect(list.body).toEqual({ reviews: [], count: 0, offset: 0, limit: 20 })
  },
  "@belanjain/vouchers": async () => {
    const packages = await store("/store/voucher-packages")
    expect(packages.status).toBe(200)
    expect(packages.body).toEqual({ voucher_packages: [] })
    const dashboard = await admin("/admin/vouchers/dashboard?days=7")
    expect(dashboard.status).toBe(200)
    expect(dashboard.body).toMatchObject({
      period: { days: 7, time_zone: "Asia/Jakarta" },
      purchases: { total: 0 },
      vouchers_sold: 0,
    })
    // One entry per Jakarta day the 7-day window touches (7 or 8), all zero.
    expect(dashboard.body.daily.length).toBeGreaterThanOrEqual(7)
    for (const day of dashboard.body.daily)
      expect(day).toMatchObject({ purchases: 0, vouchers: 0 })
  },
}

/** A plugin without a probe above: each of its plain admin GET routes answers JSON. */
async function genericProbe(plugin: Plugin) {
  const routes = staticAdminGetRoutes(
    path.join(appDir, "node_modules", plugin.name)
  )
  if (!routes.length)
    throw new Error(
      `${plugin.name} has no admin GET route without parameters: add a probe for it to PROBES in ${path.relative(ROOT, __filename)}`
    )
  for (const route of routes) {
    const res = await admin(route)
    expect({ route, status: res.status }).toEqual({ route, status: 200 })
    expect(typeof res.body).toBe("object")
  }
}

beforeAll(async () => {
  expect(plugins.length).toBeGreaterThan(0)
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "belanjain-plugin-install-"))
  const packsDir = path.join(tmp, "packs")
  appDir = path.join(tmp, "app")
  fs.mkdirSync(packsDir)
  fs.mkdirSync(appDir)

  // 1. Pack each plugin as it is built now.
  await timed("npm pack", async () => {
    for (const plugin of plugins) {
      const { stdout } = await run(
        "npm",
        ["pack", "--json", "--pack-destination", packsDir],
        { cwd: plugin.dir, timeoutMs: 60_000 }
      )
      const [info] = JSON.parse(stdout)
      const files = new Set<string>(info.files.map((f: Json) => f.path))
      const missing = requiredPackFiles(plugin).filter((f) => !files.has(f))
      if (missing.length)
        throw new Error(
          `${plugin.name}: the tarball lacks ${missing.join(", ")}.\n` +
            `Is plugins/${plugin.folder} built (\`npm run build:plugins\`), or being rebuilt right now? ` +
            `This test packs the current .medusa/server and never builds.`
        )
      plugin.tarball = path.join(packsDir, info.filename)
      plugin.packedFiles = files
    }
    for (const library of libraries) {
      const { stdout } = await run(
        "npm",
        ["pack", "--json", "--pack-destination", packsDir],
        { cwd: library.dir, timeoutMs: 60_000 }
      )
      library.tarball = path.join(packsDir, JSON.parse(stdout)[0].filename)
    }
  })

  // 2. A minimal app outside the workspace.
  midtrans = await startFakeMidtrans()
  const write = (file: string, text: string) =>
    fs.writeFileSync(path.join(appDir, file), text)
  write(
    "package.json",
    JSON.stringify(appPackageJson(plugins, libraries, appDir), null, 2) + "\n"
  )
  write("tsconfig.json", JSON.stringify(TSCONFIG, null, 2) + "\n")
  write("medusa-config.ts", medusaConfig(plugins, midtrans.url))

  // 3. Install from the tarballs and npm's cache.
  await timed("npm install", () =>
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: appDir,
      timeoutMs: 6 * 60_000,
    })
  )
  // One @medusajs/framework, or the plugins' modules fail to register.
  expect(frameworkCopies(appDir)).toEqual(["node_modules/@medusajs/framework"])

  // 4. A database of its own, migrated by the app.
  await sql("postgres", `CREATE DATABASE "${dbName}"`)
  dbCreated = true
  const medusaEnv = cleanEnv({
    DATABASE_URL: databaseUrl(),
    NODE_ENV: "development",
  })
  await timed("medusa db:migrate", () =>
    run("npx", ["--no", "medusa", "db:migrate"], {
      cwd: appDir,
      env: medusaEnv,
      timeoutMs: 4 * 60_000,
    })
  )

  // 5. `medusa start` (from source, no build) and an operator account.
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  const email = "operator@plugin-install.test"
  const password = crypto.randomBytes(12).toString("hex")
  await timed("medusa start + user", async () => {
    server = spawn("npx", ["--no", "medusa", "start", "--port", String(port)], {
      cwd: appDir,
      env: medusaEnv,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    children.add(server)
    server.stdout!.on("data", (d) => (serverLog += d))
    server.stderr!.on("data", (d) => (serverLog += d))
    // The operator account is created while the server boots.
    const user = run(
      "npx",
      ["--no", "medusa", "user", "-e", email, "-p", password],
      { cwd: appDir, env: medusaEnv, timeoutMs: 3 * 60_000 }
    )
    user.catch(() => {}) // awaited below; not unhandled if the server fails first
    await waitFor(
      `GET ${baseUrl}/health`,
      3 * 60_000,
      async () => ((await fetch(`${baseUrl}/health`)).ok ? true : undefined),
      () => tail(serverLog),
      () =>
        server!.exitCode !== null || server!.signalCode !== null
          ? new Error(
              `medusa start exited (${server!.exitCode ?? server!.signalCode}):\n${tail(serverLog)}`
            )
          : undefined
    )
    await user
  })
  const login = await call("POST", "/auth/user/emailpass", {
    body: { email, password },
  })
  expect(login.status).toBe(200)
  adminToken = login.body.token
  const key = await call("POST", "/admin/api-keys", {
    token: adminToken,
    body: { title: "plugin install test", type: "publishable" },
  })
  expect(key.status).toBe(200)
  publishableKey = key.body.api_key.token
}, 9 * 60_000)

afterAll(async () => {
  for (const child of children) await stop(child).catch(() => {})
  await midtrans?.close().catch(() => {})
  if (dbCreated)
    await sql("postgres", `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
  timings.total = (Date.now() - started) / 1000
  console.info(
    `plugin install (${plugins.map((p) => p.folder).join(", ")}): ` +
      Object.entries(timings)
        .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
        .join(", ")
  )
})

describe("plugins install from their tarballs into a fresh Medusa app", () => {
  it("packs every plugin with its built server and a README covering install, options, routes and events", () => {
    for (const plugin of plugins) {
      expect(plugin.tarball).toBeDefined()
      expect({
        plugin: plugin.name,
        packed: plugin.packedFiles!.has("README.md"),
      }).toEqual({ plugin: plugin.name, packed: true })
      const readme = fs.readFileSync(path.join(plugin.dir, "README.md"), "utf8")
      const headings = readme.match(/^#{2,4} .+$/gm) ?? []
      const missing = README_SECTIONS.filter(
        (section) =>
          !headings.some((h) => section.heading.test(h)) &&
          !section.text?.test(readme)
      ).map((section) => section.name)
      expect({ plugin: plugin.name, missing }).toEqual({
        plugin: plugin.name,
        missing: [],
      })
      expect(readme).toContain(`npm install ${plugin.name}`)
    }
  })

  it.each(plugins.map((p) => [p.name, p]))(
    "%s: its migrations created its tables",
    async (_name, plugin) => {
      const tables = migrationTables(
        path.join(appDir, "node_modules", plugin.name)
      )
      if (!fs.existsSync(path.join(plugin.dir, "src", "modules"))) {
        expect(tables).toEqual([]) // a provider-only plugin has no tables
        return
      }
      expect(tables.length).toBeGreaterThan(0)
      const rows = await sql<{ table_name: string }>(
        dbName,
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_name = ANY($1)`,
        [tables]
      )
      expect(rows.map((r) => r.table_name).sort()).toEqual(tables)
    }
  )

  it.each(
    plugins
      .filter(
        (p) => readJson(path.join(p.dir, "package.json")).exports?.["./openapi"]
      )
      .map((p) => [p.name, p])
  )(
    "%s: its OpenAPI part builds in the app (with @belanjain/openapi from its tarball)",
    async (_name, plugin) => {
      const script =
        `const part = require(${JSON.stringify(`${plugin.name}/openapi`)}).default();` +
        `console.log(JSON.stringify({ tags: part.tags.map((t) => t.name),` +
        ` paths: Object.keys(part.paths).length,` +
        ` builder: require.resolve("@belanjain/openapi") }))`
      const { stdout } = await run("node", ["-e", script], {
        cwd: appDir,
        timeoutMs: 60_000,
      })
      const out = JSON.parse(stdout.trim().split("\n").pop()!)
      expect(out.paths).toBeGreaterThan(0)
      expect(out.tags).toHaveLength(1)
      // The library the app installed, not the workspace's packages/openapi.
      expect(out.builder).toBe(
        fs.realpathSync(
          path.join(appDir, "node_modules/@belanjain/openapi/index.js")
        )
      )
      expect(out.builder.startsWith(fs.realpathSync(appDir))).toBe(true)
    }
  )

  it.each(plugins.map((p) => [p.name, p]))(
    "%s: its route answers in the running app",
    async (_name, plugin) => {
      expect(adminToken).toBeTruthy()
      await (PROBES[plugin.name] ?? (() => genericProbe(plugin)))()
    }
  )
})
