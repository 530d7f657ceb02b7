#!/usr/bin/env node
// `npm run bench:pages`: the cached store page route against the same route uncached.
//  1. a throw-away PostgreSQL database (embedded, or a fresh one on DATABASE_URL's server)
//  2. builds stale plugins, migrates, then src/scripts/bench/seed-pages.ts: a publishable key
//     for the default sales channel, a few categories / one seller / products, and one
//     published page of 15 top-level blocks that points at them
//  3. `medusa start` with the page cache on (PAGES_CACHE=true; Medusa's Caching module in
//     process memory): checks the page answers 200 with an ETag (and 304 on If-None-Match),
//     warms up, then runs autocannon for BENCH_SECONDS on (a) GET /store/pages/<slug> and
//     (b) Medusa's GET /health (the floor: what the HTTP stack costs without any work)
//  4. `medusa start` again with PAGES_CACHE=false (every request reads Postgres): same checks
//     and warm-up, then (c) GET /store/pages/<slug> uncached
//  Prints requests/s, p50, p99 and non-2xx per endpoint, the cached/uncached and
//  cached/health throughput ratios, and PASS/FAIL for the goals (cached throughput ≥ 3×
//  uncached; cached p99 < 20 ms). A missed goal is printed, not an error: the exit code is
//  non-zero only when something failed (setup, a route answering non-2xx, connection errors).
//
// Environment (ROOT/.env is loaded first, without overriding what is already set):
//  BENCH_SECONDS          measured seconds per endpoint (default 10)
//  BENCH_CONNECTIONS      concurrent autocannon connections (default 10)
//  BENCH_WARMUP_SECONDS   autocannon warm-up per endpoint and server, not measured (default 3)
//  DATABASE_URL           set: a fresh database belanjain_bench_pages_<time> is created on that
//                         server (the user needs CREATEDB) and dropped at the end; unset: an
//                         embedded PostgreSQL in a temporary folder, removed at the end
//  LOG_LEVEL              the servers' log level (default warn)
//  REDIS_URL              the servers use Redis database BENCH_REDIS_DB on it (the Caching
//                         module included, so the cached numbers measure Redis), with a worker;
//                         unset: in-memory modules (see BENCH_MODE in scripts/lib/bench.mjs)
//  CACHE_REDIS_URL        ignored: the cache lives on the bench's Redis database
//  PAGES_CACHE            ignored: the script sets it per server (true, then false)
//  MEDUSA_FF_CACHING      default true here, for both servers: Medusa then caches the
//                         publishable-key lookup that every /store request makes (otherwise one
//                         Postgres query per request on both servers, which hides the page
//                         cache); false measures that too. The results header says which.
// Stops everything it started. Plain Node; reuses scripts/lib.
import { randomBytes } from "node:crypto"
import os from "node:os"
import autocannon from "autocannon"
import { loadDotEnv, log } from "./lib/env.mjs"
import { createBench } from "./lib/bench.mjs"

loadDotEnv()

function positiveInt(name, fallback) {
  const raw = process.env[name]
  const value = raw === undefined || raw === "" ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    console.error(
      `\n[belanjain] ERROR: ${name} must be a positive integer, got "${raw}"\n`
    )
    process.exit(1)
  }
  return value
}

const SECONDS = positiveInt("BENCH_SECONDS", 10)
const CONNECTIONS = positiveInt("BENCH_CONNECTIONS", 10)
const WARMUP_SECONDS = positiveInt("BENCH_WARMUP_SECONDS", 3)
const GOAL_RATIO = 3
const GOAL_P99_MS = 20

const {
  phase,
  prepareDatabase,
  migrateAndSeed,
  startServer,
  stopServer,
  cleanup,
  printPhases,
} = createBench("belanjain_bench_pages")

/**
 * Checks the page route before it is measured: 200 with the published page and an ETag,
 * and 304 when that ETag is sent back. Throws when the page is not served.
 */
async function checkPage(base, headers, slug) {
  const url = `${base}/store/pages/${slug}`
  const res = await fetch(url, { headers })
  const text = await res.text()
  if (res.status !== 200)
    throw new Error(`GET ${url} → ${res.status}: ${text.slice(0, 300)}`)
  const { page } = JSON.parse(text)
  if (page?.slug !== slug || !Array.isArray(page?.content?.content))
    throw new Error(`GET ${url} did not answer the page: ${text.slice(0, 300)}`)
  const etag = res.headers.get("etag")
  let notModified = null
  if (etag) {
    const again = await fetch(url, {
      headers: { ...headers, "if-none-match": etag },
    })
    await again.arrayBuffer()
    notModified = again.status
  }
  return { etag, notModified, bytes: Buffer.byteLength(text) }
}

function describeCheck(label, check) {
  const conditional = !check.etag
    ? "no ETag header"
    : check.notModified === 304
      ? `ETag ${check.etag}, If-None-Match → 304`
      : `ETag ${check.etag}, If-None-Match → ${check.notModified} (expected 304)`
  log(`  ${label}: 200, ${check.bytes} bytes; ${conditional}`)
}

async function load(url, headers, seconds) {
  const r = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: seconds,
  })
  return {
    rps: r.requests.average,
    total: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    load: os.loadavg()[0],
  }
}

/**
 * autocannon stops with requests still in flight; let the server answer them before it is
 * stopped (else its shutdown aborts their queries and logs each one).
 */
const drain = () => new Promise((resolve) => setTimeout(resolve, 2000))

/** Warm-up (discarded), then the measured run. */
async function measure(url, headers) {
  await load(url, headers, WARMUP_SECONDS)
  return load(url, headers, SECONDS)
}

let exitCode = 1
try {
  const total = Date.now()
  const databaseUrl = await phase("database", prepareDatabase)
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    // As `npm start` runs it: production mode (it needs secrets; throw-away ones here).
    NODE_ENV: "production",
    JWT_SECRET: process.env.JWT_SECRET || randomBytes(24).toString("hex"),
    COOKIE_SECRET: process.env.COOKIE_SECRET || randomBytes(24).toString("hex"),
    // Production refuses to boot without explicit CORS origins (see
    // src/lib/production-config.ts); the bench sends no Origin header.
    STORE_CORS: process.env.STORE_CORS || "http://localhost:8000",
    ADMIN_CORS: process.env.ADMIN_CORS || "http://localhost:9000",
    AUTH_CORS: process.env.AUTH_CORS || "http://localhost:9000",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    // Both servers: Medusa caches the publishable-key lookup of every /store
    // request, so the comparison measures the page cache, not that query.
    MEDUSA_FF_CACHING: process.env.MEDUSA_FF_CACHING || "true",
  }
  // The seed runs on in-memory modules; the servers get the bench's Redis
  // database from startServer (see BENCH_MODE in scripts/lib/bench.mjs).
  delete env.REDIS_URL
  delete env.CACHE_REDIS_URL
  // API servers as in production: background work (subscribers, jobs) runs on the worker
  env.MEDUSA_WORKER_MODE = "server"

  const vars = await migrateAndSeed(env, {
    seed: "./src/scripts/bench/seed-pages.ts",
    label: "seed a published page",
    required: ["BENCH_PUBLISHABLE_KEY", "BENCH_PAGE_SLUG"],
  })
  const headers = { "x-publishable-api-key": vars.BENCH_PUBLISHABLE_KEY }
  const slug = vars.BENCH_PAGE_SLUG
  const pagePath = `/store/pages/${slug}`

  const results = {}
  const checks = {}
  {
    const { base, server } = await phase("server start (page cache on)", () =>
      startServer({ ...env, PAGES_CACHE: "true" })
    )
    await phase(
      `cached: ${WARMUP_SECONDS} s warm-up + ${SECONDS} s on the page route and /health`,
      async () => {
        checks.cached = await checkPage(base, headers, slug)
        describeCheck("page route (cached)", checks.cached)
        results.cached = await measure(`${base}${pagePath}`, headers)
        results.health = await measure(`${base}/health`, {})
      }
    )
    await drain()
    await stopServer(server)
  }
  {
    const { base, server } = await phase(
      "server start (PAGES_CACHE=false)",
      () => startServer({ ...env, PAGES_CACHE: "false" })
    )
    await phase(
      `uncached: ${WARMUP_SECONDS} s warm-up + ${SECONDS} s on the page route`,
      async () => {
        checks.uncached = await checkPage(base, headers, slug)
        describeCheck("page route (uncached)", checks.uncached)
        results.uncached = await measure(`${base}${pagePath}`, headers)
      }
    )
    await drain()
    await stopServer(server)
  }

  const rows = [
    [`GET ${pagePath} (cached)`, results.cached],
    ["GET /health (Medusa)", results.health],
    [`GET ${pagePath} (PAGES_CACHE=false)`, results.uncached],
  ]
  const width = Math.max(...rows.map(([name]) => name.length)) + 2
  console.log("")
  console.log(
    `Page route benchmark — "${slug}" (${vars.BENCH_PAGE_BLOCKS ?? "?"} top-level blocks, ${checks.cached.bytes} bytes), autocannon, ${CONNECTIONS} connections, ${SECONDS} s per endpoint`
  )
  console.log(
    `(MEDUSA_FF_CACHING ${env.MEDUSA_FF_CACHING === "true" ? "on: publishable keys cached by Medusa" : "off: every request also looks its publishable key up in Postgres"})`
  )
  console.log("")
  console.log(
    `${"endpoint".padEnd(width)} ${"req/s".padStart(9)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"non-2xx".padStart(8)} ${"errors".padStart(7)} ${"requests".padStart(9)} ${"load".padStart(5)}`
  )
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(width)} ${r.rps.toFixed(0).padStart(9)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${String(r.non2xx).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.total).padStart(9)} ${r.load.toFixed(1).padStart(5)}`
    )
  }
  console.log(
    `(latencies of 2xx answers, in whole milliseconds, as autocannon records them; load: the 1-minute load average after each run, on ${os.availableParallelism()} CPUs)`
  )
  const ratio = results.cached.rps / results.uncached.rps
  const ratioHealth = results.cached.rps / results.health.rps
  console.log("")
  console.log(`cached / uncached throughput: ${ratio.toFixed(2)}×`)
  console.log(`cached / health throughput:   ${ratioHealth.toFixed(2)}×`)
  const throughputOk = ratio >= GOAL_RATIO
  const p99Ok = results.cached.p99 < GOAL_P99_MS
  console.log(
    `goal: cached throughput ≥ ${GOAL_RATIO}× uncached: ${ratio.toFixed(2)}× — ${throughputOk ? "PASS" : "FAIL"}`
  )
  console.log(
    `goal: cached p99 < ${GOAL_P99_MS} ms: ${results.cached.p99} ms — ${p99Ok ? "PASS" : "FAIL"}`
  )
  printPhases(total)

  const broken = rows.filter(([, r]) => r.non2xx > 0 || r.errors > 0)
  if (broken.length)
    throw new Error(
      `requests failed during the measurement (${broken.map(([name, r]) => `${name}: ${r.non2xx} non-2xx, ${r.errors} errors`).join("; ")}): the numbers above are not a valid measurement`
    )
  exitCode = 0
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  await cleanup()
}
process.exit(exitCode)
