#!/usr/bin/env node
// `npm run drills`: resilience drills against the production build with Redis.
//  1. a throw-away database, migrations, src/scripts/drills/seed-drills.ts (the
//     checkout bench's 3 sellers, plus one product with 5 units)
//  2. from .medusa/server, NODE_ENV=production, REDIS_URL: two `medusa start`
//     with MEDUSA_WORKER_MODE=server and one worker, on free loopback ports
//  3. last units: 30 one-unit carts, built and completed alternately on both
//     servers, completed at once: exactly 5 orders, no oversell, clear errors
//  4. kill: 20 carts of 2–3 sellers completed at once across both servers;
//     `kill -9` of one server and the worker mid-way, both restarted, every
//     failed completion retried (and every successful one repeated: it must
//     answer the same group)
//  5. a consistency check by SQL over the database (scripts/lib/drills/consistency.mjs)
// Prints a report and a last line `DRILLS_SUMMARY {json}`; exits 1 on any violation.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { loadDotEnv, log } from "./lib/env.mjs"
import { createBench } from "./lib/bench.mjs"
import { prepareCart } from "./lib/checkout.mjs"
import { createProcesses, SERVER_DIR } from "./lib/drills/processes.mjs"
import { checkConsistency } from "./lib/drills/consistency.mjs"

loadDotEnv()
const SHOPPERS = 30
const KILL_CARTS = 20
const KILL_AFTER_MS = Number(process.env.DRILL_KILL_AFTER_MS || 500)
// Medusa's cart lock (completeCartWorkflow: 2 min TTL) outlives a killed process.
const RETRY_DEADLINE_MS = Number(process.env.DRILL_RETRY_DEADLINE_MS || 180_000)

if (!fs.existsSync(path.join(SERVER_DIR, "medusa-config.js"))) {
  console.error(
    "[belanjain] ERROR: no production build: run `npx medusa build`"
  )
  process.exit(2)
}
if (!process.env.REDIS_URL) {
  console.error("[belanjain] ERROR: REDIS_URL must be set for the drills")
  process.exit(2)
}
if (!process.env.DATABASE_URL && process.env.DB_HOST) {
  const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
  const pass = process.env.DB_PASSWORD
    ? `:${encodeURIComponent(process.env.DB_PASSWORD)}`
    : ""
  process.env.DATABASE_URL = `postgres://${user}${pass}@${process.env.DB_HOST}:${process.env.DB_PORT || 5432}/postgres`
}

// DRILLS_FLUSH_REDIS=true: REDIS_URL names a Redis database the drills own
// (the test uses its own); it is emptied before and after, so no queued job
// or stored workflow of a killed process outlives the run.
async function flushDrillRedis() {
  if (process.env.DRILLS_FLUSH_REDIS !== "true") return
  const { default: Redis } = await import("ioredis")
  const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 })
  try {
    await redis.flushdb()
  } finally {
    redis.disconnect()
  }
}

const bench = createBench("belanjain_drill")
const procs = createProcesses()
const secret = () => crypto.randomBytes(24).toString("hex")

/** POST /store/carts/:id/complete → { ok, group, status, message }. */
async function complete(base, headers, cartId) {
  try {
    const res = await fetch(`${base}/store/carts/${cartId}/complete`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
    })
    const body = await res.json().catch(() => ({}))
    if (res.ok && body.type === "order")
      return { ok: true, group: body.order?.order_group?.id ?? null }
    return {
      ok: false,
      status: res.status,
      message: body.error?.message ?? body.message ?? JSON.stringify(body),
    }
  } catch (error) {
    return { ok: false, status: 0, message: error.cause?.code ?? error.message }
  }
}

async function inBatches(n, size, fn) {
  const out = []
  for (let first = 0; first < n; first += size)
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(size, n - first) }, (_, k) =>
          fn(first + k)
        )
      ))
    )
  return out
}

let exitCode = 1
const summary = { violations: [] }
try {
  const total = Date.now()
  await flushDrillRedis()
  const databaseUrl = await bench.phase("database", bench.prepareDatabase)
  const base = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: process.env.LOG_LEVEL === "error" ? "error" : "warn",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  const seedEnv = { ...base, NODE_ENV: "development" }
  delete seedEnv.REDIS_URL
  const vars = await bench.migrateAndSeed(seedEnv, {
    seed: "./src/scripts/drills/seed-drills.ts",
    label: "seed 3 sellers and 5 last units",
    required: ["BENCH_PUBLISHABLE_KEY", "BENCH_SCARCE_VARIANT"],
  })
  const headers = { "x-publishable-api-key": vars.BENCH_PUBLISHABLE_KEY }
  const env = {
    ...base,
    NODE_ENV: "production",
    JWT_SECRET: secret(),
    COOKIE_SECRET: secret(),
    STORE_CORS: "http://localhost:8100",
    ADMIN_CORS: "http://localhost:8100",
    AUTH_CORS: "http://localhost:8100",
  }

  let [a, b, worker] = await bench.phase(
    "start 2 servers and 1 worker (production build, Redis)",
    () =>
      Promise.all([
        procs.startProcess("server-a", "server", env),
        procs.startProcess("server-b", "server", env),
        procs.startProcess("worker", "worker", env),
      ])
  )
  const servers = () => [a, b]

  // -- drill 1: last units -----------------------------------------------------
  const scarceVars = {
    ...vars,
    BENCH_SELLER_0_VARIANT: vars.BENCH_SCARCE_VARIANT,
  }
  const race = await bench.phase(
    `last units: ${SHOPPERS} shoppers`,
    async () => {
      const carts = await inBatches(SHOPPERS, 10, (i) =>
        prepareCart(
          servers()[i % 2].base,
          headers,
          scarceVars,
          [0],
          `shopper${i}@drill.test`
        )
      )
      const results = await Promise.all(
        carts.map((id, i) => complete(servers()[(i + 1) % 2].base, headers, id))
      )
      return { carts, results }
    }
  )
  const winners = race.results.filter((r) => r.ok)
  const losers = race.results.filter((r) => !r.ok)
  const unclear = losers.filter(
    (r) => r.status !== 400 || !/out of stock/.test(r.message)
  )
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const [level] = (
    await client.query(
      `select stocked_quantity::int as stocked, reserved_quantity::int as reserved
         from inventory_level where inventory_item_id = $1 and location_id = $2`,
      [vars.BENCH_SCARCE_INVENTORY_ITEM, vars.BENCH_SCARCE_LOCATION]
    )
  ).rows
  const stock = Number(vars.BENCH_SCARCE_STOCK)
  summary.lastUnits = {
    shoppers: SHOPPERS,
    stock,
    orders: winners.filter((r) => r.group).length,
    losers: losers.length,
    unclearErrors: unclear.map((r) => `${r.status} ${r.message}`),
    stocked: level.stocked,
    reserved: level.reserved,
  }
  if (summary.lastUnits.orders !== stock)
    summary.violations.push(
      `last units: ${summary.lastUnits.orders} orders for ${stock} units`
    )
  if (level.reserved !== stock || level.stocked !== stock)
    summary.violations.push(
      `last units: stocked ${level.stocked}, reserved ${level.reserved}`
    )
  for (const r of unclear)
    summary.violations.push(
      `last units: unclear error ${r.status} ${r.message}`
    )

  // -- drill 2: kill -9 mid-checkout -------------------------------------------
  const kill = await bench.phase(
    `kill: ${KILL_CARTS} carts, kill -9 of server-b and the worker`,
    async () => {
      const carts = await inBatches(KILL_CARTS, 10, (i) =>
        prepareCart(
          servers()[i % 2].base,
          headers,
          vars,
          i % 2 ? [0, 1] : [0, 1, 2],
          `buyer${i}@drill.test`
        )
      )
      let killed
      const doKill = () =>
        (killed ??= Promise.all([procs.kill9(b), procs.kill9(worker)]))
      const timer = setTimeout(doKill, KILL_AFTER_MS)
      const t = Date.now()
      const first = await Promise.all(
        carts.map((id, i) =>
          complete(servers()[i % 2].base, headers, id).then((r) => {
            if (r.ok) doKill()
            return r
          })
        )
      )
      clearTimeout(timer)
      await doKill()
      const killedAt = Date.now() - t
      ;[b, worker] = await Promise.all([
        procs.startProcess("server-b", "server", env, b.port),
        procs.startProcess("worker", "worker", env, worker.port),
      ])
      // What a client does: retry every failed completion (any server) until
      // it answers an order or a clear 4xx; repeat the successful ones once.
      // Every other cart whose completion failed is abandoned instead: its
      // shopper comes back only after the checkout recovery has compensated
      // the run the kill left behind.
      const deadline = Date.now() + RETRY_DEADLINE_MS
      const failed = carts.filter((_, i) => !first[i].ok)
      const abandoned = new Set(failed.filter((_, k) => k % 2 === 1))
      const settle = async (id, i, r, tries = 0, until = deadline) => {
        while (!(r.ok || (r.status >= 400 && r.status < 409))) {
          if (Date.now() > until) break
          if (tries++) await new Promise((s) => setTimeout(s, 2000))
          r = await complete(servers()[(i + tries) % 2].base, headers, id)
        }
        let again = null
        if (r.ok) {
          again = await complete(servers()[(i + 1) % 2].base, headers, id)
        }
        return { first: first[i], final: r, again, retries: tries }
      }
      const final = await Promise.all(
        carts.map((id, i) =>
          abandoned.has(id) ? null : settle(id, i, first[i])
        )
      )
      // The recovery an operator (or the job, every 5 minutes) runs: every
      // unfinished stored completion, whatever its age.
      const output = await procs.execScript(
        "recover-checkouts",
        "./src/scripts/recover-checkouts.js",
        ["0"],
        env
      )
      const line = output
        .split("\n")
        .find((l) => l.startsWith("CHECKOUT_RECOVERY "))
      if (!line)
        throw new Error(`recover-checkouts printed no result:\n${output}`)
      const recovered = JSON.parse(line.slice("CHECKOUT_RECOVERY ".length))
      // The abandoned carts' shoppers come back.
      await Promise.all(
        carts.map(async (id, i) => {
          if (abandoned.has(id))
            final[i] = await settle(id, i, first[i], 1, Date.now() + 60_000)
        })
      )
      const abandonedCarts = [...abandoned]
      return { carts, final, killedAt, recovered, abandonedCarts }
    }
  )
  summary.kill = {
    carts: KILL_CARTS,
    killedAfterMs: kill.killedAt,
    completedBeforeKill: kill.final.filter((r) => r.first.ok).length,
    failedBeforeKill: kill.final.filter((r) => !r.first.ok).length,
    retried: kill.final.filter((r) => r.retries > 0).length,
    abandoned: kill.abandonedCarts.length,
    abandonedCompleted: kill.final.filter(
      (r, i) => kill.abandonedCarts.includes(kill.carts[i]) && r.final.ok
    ).length,
    completed: kill.final.filter((r) => r.final.ok).length,
    finalErrors: kill.final
      .filter((r) => !r.final.ok)
      .map((r) => `${r.final.status} ${r.final.message}`),
  }
  kill.final.forEach((r, i) => {
    if (r.final.ok && (!r.again?.ok || r.again.group !== r.final.group))
      summary.violations.push(
        `kill: cart ${kill.carts[i]} completed as ${r.final.group}, repeated: ${JSON.stringify(r.again)}`
      )
  })

  // -- consistency ---------------------------------------------------------------
  const check = await bench.phase("consistency check", () =>
    checkConsistency(client, [...race.carts, ...kill.carts])
  )
  await client.end()
  const killSet = new Set(kill.carts)
  const groupsOf = await (async () => {
    const c = new pg.Client({ connectionString: databaseUrl })
    await c.connect()
    const { rows } = await c.query(
      `select cart_id from order_group where deleted_at is null and cart_id = any($1)`,
      [kill.carts]
    )
    await c.end()
    return rows.filter((r) => killSet.has(r.cart_id)).length
  })()
  summary.kill.withGroup = groupsOf
  summary.kill.withoutOrder = KILL_CARTS - groupsOf
  summary.consistency = {
    withGroup: check.withGroup,
    withoutOrder: check.withoutOrder,
  }
  summary.violations.push(...check.violations)
  summary.staleRuns = check.staleRuns
  summary.recovery = {
    compensated: kill.recovered.filter((r) => r.outcome === "compensated")
      .length,
    superseded: kill.recovered.filter((r) => r.outcome === "superseded").length,
    failed: kill.recovered
      .filter((r) => r.outcome === "failed")
      .map((r) => `${r.transaction_id}: ${r.error}`),
  }
  for (const f of summary.recovery.failed)
    summary.violations.push(`recovery failed for ${f}`)
  // After the recovery no stored completion is left unfinished.
  for (const run of check.staleRuns)
    summary.violations.push(`after the recovery, ${run}`)

  console.log("")
  console.log(
    "Resilience drills (production build, Redis, 2 servers + 1 worker)"
  )
  console.log(`  last units: ${JSON.stringify(summary.lastUnits)}`)
  console.log(`  kill:       ${JSON.stringify(summary.kill)}`)
  console.log(
    summary.violations.length
      ? `  VIOLATIONS (${summary.violations.length}):\n${summary.violations.map((v) => `    - ${v}`).join("\n")}`
      : "  consistency: nothing orphaned: PASS"
  )
  console.log(`  recovery:   ${JSON.stringify(summary.recovery)}`)
  bench.printPhases(total)
  summary.seconds = Math.round((Date.now() - total) / 1000)
  exitCode = summary.violations.length ? 1 : 0
} catch (e) {
  summary.error = e.message
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  if (exitCode !== 0)
    for (const p of ["server-a", "server-b", "worker"])
      log(`logs: ${path.join(procs.logDir, `${p}.log`)}`)
  await procs.stopAll()
  await bench.cleanup()
  await flushDrillRedis().catch((e) =>
    console.error(`could not empty the drills' Redis database: ${e.message}`)
  )
  if (exitCode === 0) procs.removeLogs()
}
console.log(`DRILLS_SUMMARY ${JSON.stringify(summary)}`)
process.exit(exitCode)
