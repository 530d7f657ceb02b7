#!/usr/bin/env node
// `npm run bench:search`: catalogue search on 10,000 products, against GET /store/products.
//  1. PostgreSQL: an embedded server in a temporary folder, or — when DATABASE_URL is set —
//     a fresh database (belanjain_bench_<time>) on that server, dropped at the end
//  2. builds stale plugins, migrates, seeds BENCH_PRODUCTS products across BENCH_SELLERS sellers
//     (src/scripts/bench/seed-search.ts, which also rebuilds the search read model)
//  3. starts the production build with Redis (see BENCH_MODE in scripts/lib/bench.mjs, admin
//     off) on a free port, warms up, then
//     sends BENCH_REQUESTS sequential requests per endpoint (page size 20, publishable key)
//  4. prints p50/p95 per endpoint, the search/products ratios, and whether search p95 < 150 ms
// Stops everything it started. Plain Node; reuses scripts/lib.
import { loadDotEnv, log } from "./lib/env.mjs"
import { ensurePluginsBuilt } from "./lib/plugins.mjs"
import { runOrThrow } from "./lib/run.mjs"
import { createBench, summarize } from "./lib/bench.mjs"

loadDotEnv()
const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 10_000)
const SELLERS = Number(process.env.BENCH_SELLERS || 50)
const REQUESTS = Number(process.env.BENCH_REQUESTS || 300)
const WARMUP = Number(process.env.BENCH_WARMUP || 30)
const GOAL_P95_MS = 150

const { phase, prepareDatabase, startServer, cleanup, printPhases } =
  createBench("belanjain_bench")

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
  return summarize(times)
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
  delete env.REDIS_URL // the seed's; the server gets the bench's Redis (scripts/lib/bench.mjs)

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

  const { base } = await phase("server start", () => startServer(env))
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
  printPhases(total)
  exitCode = ok ? 0 : 1
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  await cleanup()
}
process.exit(exitCode)
