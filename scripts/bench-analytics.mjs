#!/usr/bin/env node
// `npm run bench:analytics`: the seller analytics route under load, and what that load costs
// the checkout.
//  1. a throw-away PostgreSQL database (embedded, or a fresh one on DATABASE_URL's server)
//  2. migrations, then src/scripts/bench/seed-analytics.ts: the checkout bench's store and
//     sellers, sellers up to BENCH_SELLERS (50) with products, BENCH_ORDERS (100,000) orders
//     over BENCH_DAYS (90) days written in batches through the Order module with their
//     commission lines, then the daily rollup rebuilt (timed)
//  3. `medusa start` (API server mode, as in production); GET /vendor/analytics with
//     BENCH_CONNECTIONS (10) autocannon connections for BENCH_SECONDS (20), each request as a
//     random seller → p50/p95 of every answer
//  4. BENCH_CHECKOUTS (30) one-seller completions one after another, alone, then again while
//     the analytics load runs → checkout p95 with and without it, and the ratio
//  Goal: /vendor/analytics p95 < 300 ms.
import os from "node:os"
import autocannon from "autocannon"
import { loadDotEnv } from "./lib/env.mjs"
import { benchSecret, createBench, summarize } from "./lib/bench.mjs"
import { measureCompletions } from "./lib/checkout.mjs"

loadDotEnv()
const SECONDS = Number(process.env.BENCH_SECONDS || 20)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10)
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 30)
const WARMUP = Number(process.env.BENCH_WARMUP || 5)
const GOAL_P95_MS = 300

const {
  phase,
  prepareDatabase,
  migrateAndSeed,
  startServer,
  stopServer,
  cleanup,
  printPhases,
} = createBench("belanjain_bench_analytics")

/**
 * Analytics load: autocannon on /vendor/analytics, each request with a random seller's
 * token. Resolves with every response time once `seconds` are over (or `stop()` is called).
 */
function analyticsLoad(base, tokens, seconds) {
  const times = []
  let non2xx = 0
  const instance = autocannon({
    url: `${base}/vendor/analytics`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}`,
          },
        }),
      },
    ],
  })
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) times.push(ms)
    else non2xx++
  })
  const done = new Promise((resolve, reject) =>
    instance
      .once("done", (result) =>
        resolve({ times, non2xx, errors: result.errors + result.timeouts })
      )
      .once("error", reject)
  )
  return { done, stop: () => instance.stop() }
}

/** Lets requests still in flight finish before the next phase. */
const drain = () => new Promise((resolve) => setTimeout(resolve, 2000))

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
  delete env.REDIS_URL // the seed's; the servers get the bench's Redis (scripts/lib/bench.mjs)
  // tokens printed by the seed are signed with this secret; the server checks them with it
  // (32 characters or more: the production build refuses shorter ones)
  if ((env.JWT_SECRET ?? "").length < 32) env.JWT_SECRET = benchSecret()

  const vars = await migrateAndSeed(env, {
    seed: "./src/scripts/bench/seed-analytics.ts",
    label: `seed ${process.env.BENCH_ORDERS || 100_000} orders, rebuild the rollup`,
    required: [
      "BENCH_PUBLISHABLE_KEY",
      "BENCH_SELLER_0_OPTION",
      "BENCH_SELLER_TOKEN_0",
      "BENCH_ROLLUP_MS",
    ],
  })
  const tokens = Object.entries(vars)
    .filter(([k]) => k.startsWith("BENCH_SELLER_TOKEN_"))
    .map(([, v]) => v)
  const storeHeaders = { "x-publishable-api-key": vars.BENCH_PUBLISHABLE_KEY }

  // API server as in production: background work (subscribers) runs on the worker
  const { base, server } = await phase("server start", () =>
    startServer({ ...env, MEDUSA_WORKER_MODE: "server" })
  )

  // a correct answer first: the figures of a seller that has orders
  const probe = await fetch(`${base}/vendor/analytics`, {
    headers: { authorization: `Bearer ${tokens[0]}` },
  })
  const body = await probe.json()
  if (probe.status !== 200)
    throw new Error(
      `/vendor/analytics → ${probe.status}: ${JSON.stringify(body).slice(0, 300)}`
    )
  const month = body.analytics.periods.month
  const last30 = body.analytics.series.last_30_days.reduce(
    (s, d) => s + d.orders,
    0
  )

  await phase("analytics warm-up (3 s)", async () => {
    await analyticsLoad(base, tokens, 3).done
    await drain()
  })
  const analytics = await phase(
    `GET /vendor/analytics: ${CONNECTIONS} connections, ${SECONDS} s`,
    async () => {
      const r = await analyticsLoad(base, tokens, SECONDS).done
      await drain()
      return { ...summarize(r.times), non2xx: r.non2xx, errors: r.errors }
    }
  )

  const checkout = {}
  await phase(
    `checkout: ${WARMUP} warm-up + ${CHECKOUTS} one-seller completions alone`,
    async () => {
      await measureCompletions(base, storeHeaders, vars, [0], WARMUP, 1)
      checkout.alone = summarize(
        await measureCompletions(base, storeHeaders, vars, [0], CHECKOUTS, 1)
      )
    }
  )
  const concurrent = await phase(
    `checkout: ${CHECKOUTS} one-seller completions under analytics load`,
    async () => {
      const load = analyticsLoad(base, tokens, 3600)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      try {
        checkout.loaded = summarize(
          await measureCompletions(base, storeHeaders, vars, [0], CHECKOUTS, 1)
        )
      } finally {
        load.stop()
      }
      const r = await load.done
      await drain()
      return summarize(r.times)
    }
  )
  await stopServer(server)

  console.log("")
  console.log(
    `Seller analytics benchmark — ${vars.BENCH_ORDER_COUNT} orders (${vars.BENCH_CANCELED_COUNT} cancelled) across ${vars.BENCH_SELLER_COUNT} sellers, oldest ${vars.BENCH_OLDEST_ORDER}; ${os.availableParallelism()} CPUs`
  )
  console.log(
    `orders written in ${(Number(vars.BENCH_ORDERS_SEED_MS) / 1000).toFixed(1)} s (Order module createOrders + commission lines, batches of 500)`
  )
  console.log(
    `rollup rebuilt in ${(Number(vars.BENCH_ROLLUP_MS) / 1000).toFixed(1)} s: ${vars.BENCH_ROLLUP_DAYS} days, ${vars.BENCH_ROLLUP_SELLER_ROWS} seller-day rows, ${vars.BENCH_ROLLUP_PRODUCT_ROWS} product-day rows`
  )
  console.log(
    `probe (seller 0): month to date ${month.orders} orders, Rp${month.revenue}; last 30 days ${last30} orders`
  )
  console.log("")
  console.log(
    `${"measure".padEnd(52)} ${"n".padStart(6)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`
  )
  const row = (name, r) =>
    console.log(
      `${name.padEnd(52)} ${String(r.n).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}`
    )
  row(`GET /vendor/analytics (${CONNECTIONS} connections)`, analytics)
  row("GET /vendor/analytics (during the checkouts)", concurrent)
  row("checkout completion, alone", checkout.alone)
  row("checkout completion, under analytics load", checkout.loaded)
  console.log("")
  if (analytics.non2xx || analytics.errors)
    console.log(
      `analytics: ${analytics.non2xx} non-2xx answers, ${analytics.errors} errors`
    )
  console.log(
    `checkout p95 under load / alone: ${(checkout.loaded.p95 / checkout.alone.p95).toFixed(2)}`
  )
  const ok = analytics.p95 < GOAL_P95_MS && !analytics.non2xx
  console.log(
    `/vendor/analytics p95 ${analytics.p95.toFixed(1)} ms ${ok ? "<" : ">="} ${GOAL_P95_MS} ms: ${ok ? "PASS" : "FAIL"}`
  )
  printPhases(total)
  exitCode = ok ? 0 : 1
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  await cleanup()
}
process.exit(exitCode)
