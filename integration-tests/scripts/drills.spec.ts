import { spawn } from "child_process"
import fs from "fs"
import path from "path"

/**
 * scripts/drills.mjs (the resilience drills) as CI runs them: the production
 * build (.medusa/server) with Redis (REDIS_URL), two servers and a worker on
 * loopback ports, against a fresh database on the test run's PostgreSQL
 * (DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD), dropped at the end. Asserts on
 * the script's last line, `DRILLS_SUMMARY {json}`.
 */

// Migrations, seed, three boots, the drills and a restart: minutes, not seconds.
jest.setTimeout(600_000)

const ROOT = path.resolve(__dirname, "..", "..")
const BUILD = path.join(ROOT, ".medusa", "server", "medusa-config.js")

const missing = [
  ...(process.env.REDIS_URL ? [] : ["REDIS_URL is not set"]),
  ...(fs.existsSync(BUILD)
    ? []
    : ["no production build in .medusa/server (run `npx medusa build`)"]),
]
if (missing.length) {
  console.log(
    `drills: ${missing.join("; ")}: the resilience drills are skipped`
  )
}

type Summary = {
  violations: string[]
  error?: string
  lastUnits: { orders: number; stock: number; reserved: number; losers: number }
  kill: {
    carts: number
    failedBeforeKill: number
    retried: number
    completed: number
    withGroup: number
    withoutOrder: number
    abandoned: number
    abandonedCompleted: number
  }
  recovery: { compensated: number; superseded: number; failed: string[] }
  staleRuns: string[]
}

function drillRedisUrl() {
  const url = new URL(process.env.REDIS_URL!)
  url.pathname = `/${process.env.DRILLS_REDIS_DB || 15}`
  return url.toString()
}

function runDrills(): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const user = encodeURIComponent(process.env.DB_USERNAME || "postgres")
    const pass = process.env.DB_PASSWORD
      ? `:${encodeURIComponent(process.env.DB_PASSWORD)}`
      : ""
    const child = spawn(process.execPath, ["scripts/drills.mjs"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        // A Redis database of the drills' own (DRILLS_REDIS_DB, default 15),
        // emptied before and after: the HTTP suites use 1 and up.
        REDIS_URL: drillRedisUrl(),
        DRILLS_FLUSH_REDIS: "true",
        DATABASE_URL: `postgres://${user}${pass}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/postgres`,
        LOG_LEVEL: "warn",
      },
    })
    let stdout = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stdout += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, stdout }))
  })
}

const describeDrills = missing.length ? describe.skip : describe
describeDrills("scripts/drills.mjs (production build, Redis)", () => {
  let run: { status: number | null; stdout: string }
  let summary: Summary

  beforeAll(async () => {
    run = await runDrills()
    const line = run.stdout
      .trim()
      .split("\n")
      .reverse()
      .find((l) => l.startsWith("DRILLS_SUMMARY "))
    if (!line) throw new Error(`no summary line:\n${run.stdout.slice(-4000)}`)
    summary = JSON.parse(line.slice("DRILLS_SUMMARY ".length))
  })

  it("runs to the end without an error", () => {
    expect(summary.error).toBeUndefined()
  })

  it("last units: 30 shoppers, 5 units → exactly 5 orders, 5 reserved, 25 clear refusals", () => {
    expect(summary.lastUnits.orders).toBe(5)
    expect(summary.lastUnits.reserved).toBe(5)
    expect(summary.lastUnits.losers).toBe(25)
  })

  it("kill -9 and restart: every cart is a whole group or nothing, nothing orphaned", () => {
    // The kill hit completions in flight: some failed and were retried.
    expect(summary.kill.failedBeforeKill).toBeGreaterThan(0)
    expect(summary.kill.retried).toBeGreaterThan(0)
    expect(summary.kill.withGroup + summary.kill.withoutOrder).toBe(20)
    expect(summary.kill.completed).toBe(summary.kill.withGroup)
    expect(summary.violations).toEqual([])
    expect(run.status).toBe(0)
  })

  it("the checkout recovery leaves no stored completion unfinished, and abandoned carts can be checked out again", () => {
    expect(summary.recovery.failed).toEqual([])
    expect(summary.staleRuns).toEqual([])
    // Each run the kill cut short was handled: compensated (cart still
    // open) or closed (the cart was completed by a retry).
    expect(
      summary.recovery.compensated + summary.recovery.superseded
    ).toBeGreaterThan(0)
    expect(summary.kill.abandonedCompleted).toBe(summary.kill.abandoned)
  })
})
