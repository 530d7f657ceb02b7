#!/usr/bin/env node
// `npm run bench:checkout`: the split-order checkout against Medusa's own checkout.
//  1. a throw-away PostgreSQL database (embedded, or a fresh one on DATABASE_URL's server)
//  2. migrations, then src/scripts/bench/seed-checkout.ts: 3 sellers, each with its own
//     location, shipping profile and option, and one product with plenty of stock
//  3. baseline: `medusa start` with BELANJAIN_DISABLE_PLUGINS=true (plain Medusa on the same
//     data) completes BENCH_CHECKOUTS one-seller carts
//  4. `medusa start` with the marketplace plugin completes BENCH_CHECKOUTS one-seller and
//     BENCH_CHECKOUTS three-seller carts (split into 1 and 3 orders)
//  Each cart is built through the Store API (lines, address, one shipping method per seller,
//  a system-provider payment session); only POST /store/carts/:id/complete is timed, one at a
//  time. Prints p50/p95 per kind, the 3-seller/1-seller ratio and the ratio to Medusa's
//  1-seller completion, and whether the 3-seller p95 is at most 1.5× Medusa's 1-seller p95.
import { loadDotEnv } from "./lib/env.mjs"
import { createBench, summarize } from "./lib/bench.mjs"
import { measureCompletions } from "./lib/checkout.mjs"

loadDotEnv()
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 60)
const WARMUP = Number(process.env.BENCH_WARMUP || 5)
const GOAL_RATIO = 1.5

const {
  phase,
  prepareDatabase,
  migrateAndSeed,
  startServer,
  stopServer,
  cleanup,
  printPhases,
} = createBench("belanjain_bench_checkout")

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
  // API servers as in production: background work (subscribers) runs on the worker
  env.MEDUSA_WORKER_MODE = "server"

  const vars = await migrateAndSeed(env, {
    seed: "./src/scripts/bench/seed-checkout.ts",
    label: "seed 3 sellers",
    required: ["BENCH_PUBLISHABLE_KEY", "BENCH_SELLER_2_OPTION"],
  })
  const headers = { "x-publishable-api-key": vars.BENCH_PUBLISHABLE_KEY }

  const results = {}
  {
    const { base, server } = await phase("server start (plain Medusa)", () =>
      startServer({ ...env, BELANJAIN_DISABLE_PLUGINS: "true" })
    )
    await phase(
      `Medusa: ${WARMUP} warm-up + ${CHECKOUTS} one-seller completions`,
      async () => {
        await measureCompletions(base, headers, vars, [0], WARMUP, 1)
        results.stock1 = summarize(
          await measureCompletions(base, headers, vars, [0], CHECKOUTS, 1)
        )
      }
    )
    await stopServer(server)
  }
  {
    const { base, server } = await phase(
      "server start (with @belanjain/marketplace)",
      () => startServer(env)
    )
    await phase(
      `marketplace: ${WARMUP} warm-up + ${CHECKOUTS} one-seller and three-seller completions`,
      async () => {
        await measureCompletions(base, headers, vars, [0], WARMUP, 1)
        await measureCompletions(base, headers, vars, [0, 1, 2], WARMUP, 3)
        const one = []
        const three = []
        // interleaved, so drift over the run affects both kinds alike
        for (let i = 0; i < CHECKOUTS; i++) {
          one.push(
            ...(await measureCompletions(base, headers, vars, [0], 1, 1))
          )
          three.push(
            ...(await measureCompletions(base, headers, vars, [0, 1, 2], 1, 3))
          )
        }
        results.split1 = summarize(one)
        results.split3 = summarize(three)
      }
    )
    await stopServer(server)
  }

  const rows = [
    ["Medusa checkout, 1 seller (baseline)", results.stock1],
    ["split checkout, 1 seller", results.split1],
    ["split checkout, 3 sellers → 3 orders", results.split3],
  ]
  console.log("")
  console.log(
    `Checkout benchmark — ${CHECKOUTS} sequential completions per kind (POST /store/carts/:id/complete)`
  )
  console.log("")
  console.log(
    `${"kind".padEnd(40)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p50 ×base".padStart(10)} ${"p95 ×base".padStart(10)}`
  )
  for (const [name, r] of rows) {
    console.log(
      `${name.padEnd(40)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${(r.p50 / results.stock1.p50).toFixed(2).padStart(10)} ${(r.p95 / results.stock1.p95).toFixed(2).padStart(10)}`
    )
  }
  const ratio31 = results.split3.p95 / results.split1.p95
  const ratioBase = results.split3.p95 / results.stock1.p95
  console.log("")
  console.log(`3-seller / 1-seller split p95: ${ratio31.toFixed(2)}`)
  const ok = ratioBase <= GOAL_RATIO
  console.log(
    `3-seller split p95 / Medusa 1-seller p95: ${ratioBase.toFixed(2)} ${ok ? "<=" : ">"} ${GOAL_RATIO}: ${ok ? "PASS" : "FAIL"}`
  )
  printPhases(total)
  exitCode = ok ? 0 : 1
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  await cleanup()
}
process.exit(exitCode)
