#!/usr/bin/env node
// `npm test`: every suite against a real PostgreSQL, in one command.
//   - DB_HOST set (CI: DB_HOST=localhost + the machine's Postgres): use it, with DB_PORT/DB_USERNAME/DB_PASSWORD.
//   - otherwise: start an embedded PostgreSQL in a temporary folder for the run and remove it after.
// Suites, in order: each plugin's unit + module tests, the app's unit tests, the HTTP integration tests,
// the browser tests (skipped, saying why, without /usr/bin/chromium).
// Extra arguments are passed to jest (e.g. `npm test -- -t "sellers"`).
// Tests that need Redis read REDIS_URL and say why they are skipped when it is absent.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { loadDotEnv, log, ROOT } from "./lib/env.mjs"
import { ensurePluginsBuilt, listPlugins } from "./lib/plugins.mjs"
import { run } from "./lib/run.mjs"

loadDotEnv()
const jestArgs = process.argv.slice(2)
// Parallel Jest workers for the HTTP suite (HTTP_TEST_WORKERS, default 2):
// each boots Medusa per file; 1 runs the files one after another.
const HTTP_WORKERS = Math.max(1, Number(process.env.HTTP_TEST_WORKERS || 2))

/** The five slowest files of a Jest run (10 s or more), to see where CI time goes. */
function printSlowest(result) {
  const files = (result.testResults ?? [])
    .map((t) => ({
      file: path.relative(ROOT, t.name),
      ms: (t.endTime ?? 0) - (t.startTime ?? 0),
    }))
    .filter((f) => f.ms >= 10_000)
    .sort((a, b) => b.ms - a.ms)
  if (!files.length) return
  log(
    `slowest: ${files
      .slice(0, 5)
      .map((f) => `${f.file} ${(f.ms / 1000).toFixed(0)} s`)
      .join(", ")}`
  )
}

let embedded = null
async function cleanup() {
  await embedded?.stop().catch(() => {})
}
process.on("SIGINT", () => cleanup().then(() => process.exit(130)))
process.on("SIGTERM", () => cleanup().then(() => process.exit(143)))

const env = {
  ...process.env,
  // The HTTP runner boots Medusa once per test file in one Jest process (runInBand);
  // with ~30 files the heap passes Node's default limit (it hit 3.7 GB): allow 8 GB.
  NODE_OPTIONS:
    `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules --max-old-space-size=8192`.trim(),
}
delete env.DATABASE_URL // the test runners create their own databases from DB_*
env.LOG_LEVEL ??= "error" // the HTTP runner boots Medusa per file; its info logs drown the results

let exitCode = 1
try {
  if (!process.env.DB_HOST) {
    const { startTemporaryPostgres, EMBEDDED_USER, EMBEDDED_PASSWORD } =
      await import("./lib/embedded-postgres.mjs")
    embedded = await startTemporaryPostgres("belanjain-test-")
    const { port } = embedded
    Object.assign(env, {
      DB_HOST: "localhost",
      DB_PORT: String(port),
      DB_USERNAME: EMBEDDED_USER,
      DB_PASSWORD: EMBEDDED_PASSWORD,
    })
    log(`no DB_HOST: tests use an embedded PostgreSQL on localhost:${port}`)
  } else {
    env.DB_USERNAME ??= "postgres"
    log(
      `tests use PostgreSQL at ${env.DB_HOST}:${env.DB_PORT ?? 5432} as ${env.DB_USERNAME}`
    )
  }
  if (!env.REDIS_URL)
    log(
      "REDIS_URL is not set: tests that need Redis will be skipped (CI sets it)"
    )

  await ensurePluginsBuilt()

  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), "belanjain-jest-"))
  const suites = [
    ...listPlugins()
      .filter((p) => fs.existsSync(path.join(p.dir, "jest.config.js")))
      // Two workers: module tests name their database after the module and
      // the Jest worker, so files can run side by side.
      .map((p) => ({
        name: `${p.name} (unit + module)`,
        cwd: p.dir,
        env: {},
        workers: 2,
      })),
    // Two workers: the plugin install test (an npm install of a whole app)
    // on one, the resilience drills and the short specs on the other
    // (integration-tests/helpers/sequencer.js orders them so).
    { name: "app unit", cwd: ROOT, env: { TEST_TYPE: "unit" }, workers: 2 },
    {
      name: "HTTP integration",
      cwd: ROOT,
      // HTTP_GROUPED: the files listed in integration-tests/http/groups.js run
      // in their group's file, one Medusa boot per group (jest.config.js).
      env: { TEST_TYPE: "integration:http", HTTP_GROUPED: "true" },
      // Each file boots its own Medusa on its own database (and, with Redis,
      // its own Redis database: integration-tests/setup.js), so files can
      // run side by side.
      workers: HTTP_WORKERS,
    },
    // Playwright in Debian's Chromium against `medusa start` (the admin build).
    { name: "browser", cwd: ROOT, env: { TEST_TYPE: "browser" } },
  ]

  const totals = { passed: 0, failed: 0, skipped: 0 }
  let failedRuns = 0
  for (const [i, suite] of suites.entries()) {
    log(`── ${suite.name}`)
    const suiteStarted = Date.now()
    const out = path.join(resultsDir, `${i}.json`)
    const { code } = await run(
      "jest",
      [
        ...(suite.workers > 1
          ? [`--maxWorkers=${suite.workers}`]
          : ["--runInBand"]),
        "--forceExit",
        "--passWithNoTests",
        "--json",
        `--outputFile=${out}`,
        ...jestArgs,
      ],
      { cwd: suite.cwd, env: { ...env, ...suite.env } }
    )
    let result = null
    try {
      result = JSON.parse(fs.readFileSync(out, "utf8"))
    } catch {
      // jest crashed before writing results
    }
    log(
      `── ${suite.name}: ${((Date.now() - suiteStarted) / 1000).toFixed(0)} s`
    )
    if (result) {
      printSlowest(result)
      totals.passed += result.numPassedTests
      totals.failed += result.numFailedTests
      totals.skipped += result.numPendingTests + result.numTodoTests
      // Suites that fail to run (syntax errors, hooks) count as a failure too.
      if (result.numRuntimeErrorTestSuites)
        totals.failed += result.numRuntimeErrorTestSuites
    }
    if (code !== 0 || !result) {
      failedRuns++
      // A run that failed without a failing test (a crash, a bad config) still counts as one.
      if (!result?.numFailedTests && !result?.numRuntimeErrorTestSuites)
        totals.failed += 1
    }
  }
  fs.rmSync(resultsDir, { recursive: true, force: true })

  console.log("")
  console.log(
    `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`
  )
  exitCode = failedRuns || totals.failed ? 1 : 0
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
} finally {
  await cleanup()
}
process.exit(exitCode)
