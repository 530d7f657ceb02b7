#!/usr/bin/env node
// `npm run bench:search`: catalogue search on 10,000 products, against GET /store/products.
//  1. PostgreSQL: an embedded server in a temporary folder, or — when DATABASE_URL is set —
//     a fresh database (belanjain_bench_<time>) on that server, dropped at the end
//  2. builds stale plugins, migrates, seeds BENCH_PRODUCTS products across BENCH_SELLERS sellers
//     (src/scripts/bench/seed-search.ts, which also rebuilds the search read model)
//  3. starts `medusa start` (NODE_ENV=development, admin off) on a free port, warms up, then
//     sends BENCH_REQUESTS sequential requests per endpoint (page size 20, publishable key)
//  4. prints p50/p95 per endpoint, the search/products ratios, and whether search p95 < 150 ms
// Stops everything it started. Plain Node; reuses scripts/lib.
import pg from "pg"
import { loadDotEnv, log, redact } from "./lib/env.mjs"
import { ensurePluginsBuilt } from "./lib/plugins.mjs"
import { runOrThrow, start } from "./lib/run.mjs"
import { waitForHealth } from "./lib/app.mjs"
import { freePort } from "./lib/net.mjs"

loadDotEnv()
const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 10_000)
const SELLERS = Number(process.env.BENCH_SELLERS || 50)
const REQUESTS = Number(process.env.BENCH_REQUESTS || 300)
const WARMUP = Number(process.env.BENCH_WARMUP || 30)
const GOAL_P95_MS = 150

const phases = []
async function phase(name, fn) {
  const t = Date.now()
  log(`${name}…`)
  const result = await fn()
  const ms = Date.now() - t
  phases.push([name, ms])
  log(`${name}: ${(ms / 1000).toFixed(1)} s`)
  return result
}

let embedded = null
let server = null
let dropDatabase = null
let cleaning = false
async function cleanup() {
  if (cleaning) return
  cleaning = true
  if (server && server.exitCode === null && !server.signalCode) {
    await new Promise((resolve) => {
      server.once("exit", resolve)
      server.kill("SIGTERM")
      setTimeout(() => {
        server.kill("SIGKILL")
        resolve()
      }, 10_000).unref()
    })
  }
  await dropDatabase?.().catch((e) =>
    log(`could not drop the bench database: ${e.message}`)
  )
  await embedded?.stop().catch(() => {})
}
process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

async function prepareDatabase() {
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL)
    const name = `belanjain_bench_${Date.now()}`
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
    dropDatabase = () => exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    const url = new URL(base)
    url.pathname = `/${name}`
    log(`DATABASE_URL set: using a fresh database ${redact(url.toString())}`)
    return url.toString()
  }
  const { startTemporaryPostgres } = await import("./lib/embedded-postgres.mjs")
  embedded = await startTemporaryPostgres("belanjain-bench-")
  const { port, tmp } = embedded
  await embedded.ensureDatabase("belanjain_bench")
  log(`embedded PostgreSQL on localhost:${port} (data in ${tmp})`)
  return embedded.url("belanjain_bench")
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function measure(url, headers, n) {
  const times = []
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint()
    const res = await fetch(url(i), { headers })
    const body = await res.text()
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    if (!res.ok)
      throw new Error(`${url(i)} → ${res.status}: ${body.slice(0, 300)}`)
    times.push(ms)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), n }
}

let exitCode = 1
try {
  const total = Date.now()
  const databaseUrl = await phase("database", prepareDatabase)
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "development",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
  }
  delete env.REDIS_URL // one process, in-memory modules: measure the query path only

  await phase("plugins build (when stale)", () => ensurePluginsBuilt())
  await phase("migrations", () =>
    runOrThrow("medusa", ["db:migrate"], { env, quiet: true })
  )
  const seedOut = await phase(
    `seed ${PRODUCTS} products / ${SELLERS} sellers + search reindex`,
    () =>
      runOrThrow("medusa", ["exec", "./src/scripts/bench/seed-search.ts"], {
        env: {
          ...env,
          LOG_LEVEL: "info",
          BENCH_PRODUCTS: String(PRODUCTS),
          BENCH_SELLERS: String(SELLERS),
        },
        quiet: true,
      })
  )
  const vars = Object.fromEntries(
    [...seedOut.matchAll(/^(BENCH_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]])
  )
  for (const line of seedOut.split("\n"))
    if (/search reindex|setup done/.test(line))
      // eslint-disable-next-line no-control-regex -- strip the logger's colours
      log(`  ${line.replace(/\x1b\[[0-9;]*m/g, "").trim()}`)
  if (!vars.BENCH_PUBLISHABLE_KEY)
    throw new Error(
      `the seed printed no publishable key:\n${seedOut.slice(-2000)}`
    )

  const port = await freePort()
  await phase("server start", async () => {
    server = start("medusa", ["start"], {
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
    })
    server.once("exit", (code) => {
      if (!cleaning) log(`medusa start exited early (${code})`)
    })
    await waitForHealth(port, 300_000)
  })

  const base = `http://localhost:${port}`
  const headers = { "x-publishable-api-key": vars.BENCH_PUBLISHABLE_KEY }
  const keywords = [
    "sepatu",
    "batik lari",
    "kopi bandung",
    "tas kulit",
    "novel",
  ]
  const endpoints = [
    {
      name: "search: keyword",
      url: (i) =>
        `${base}/store/products/search?q=${encodeURIComponent(keywords[i % keywords.length])}&limit=20`,
    },
    {
      name: "search: filters + price sort",
      url: (i) =>
        `${base}/store/products/search?region_id=${vars.BENCH_REGION_ID}&min_price=50000&max_price=1500000&in_stock=true&category_id=${vars.BENCH_CATEGORY_ID}&sort=price_asc&limit=20&offset=${(i % 3) * 20}`,
    },
    {
      name: "GET /store/products",
      url: (i) => `${base}/store/products?limit=20&offset=${(i % 3) * 20}`,
    },
  ]

  const results = await phase(
    `measure (${WARMUP} warm-up + ${REQUESTS} sequential requests per endpoint)`,
    async () => {
      const out = []
      for (const e of endpoints) {
        await measure(e.url, headers, WARMUP)
        out.push({ ...e, ...(await measure(e.url, headers, REQUESTS)) })
      }
      return out
    }
  )

  const sample = await (await fetch(endpoints[0].url(0), { headers })).json()
  const products = results.find((r) => r.name === "GET /store/products")
  console.log("")
  console.log(
    `Catalogue search benchmark — ${PRODUCTS} products, ${SELLERS} sellers, page size 20, ${REQUESTS} sequential requests each`
  )
  console.log(`(sample: "${keywords[0]}" matches ${sample.count} products)`)
  console.log("")
  console.log(
    `${"endpoint".padEnd(32)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p50 ratio".padStart(10)} ${"p95 ratio".padStart(10)}`
  )
  for (const r of results) {
    console.log(
      `${r.name.padEnd(32)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${(r.p50 / products.p50).toFixed(2).padStart(10)} ${(r.p95 / products.p95).toFixed(2).padStart(10)}`
    )
  }
  console.log("(ratio = endpoint / GET /store/products, same run)")
  const searchP95 = Math.max(
    ...results.filter((r) => r.name.startsWith("search")).map((r) => r.p95)
  )
  const ok = searchP95 < GOAL_P95_MS
  console.log(
    `search p95 ${searchP95.toFixed(1)} ms ${ok ? "<" : ">="} ${GOAL_P95_MS} ms: ${ok ? "PASS" : "FAIL"}`
  )
  console.log("")
  console.log("phases:")
  for (const [name, ms] of phases)
    console.log(`  ${name.padEnd(60)} ${(ms / 1000).toFixed(1).padStart(7)} s`)
  console.log(
    `  ${"total".padEnd(60)} ${((Date.now() - total) / 1000).toFixed(1).padStart(7)} s`
  )
  exitCode = ok ? 0 : 1
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  await cleanup()
}
process.exit(exitCode)
