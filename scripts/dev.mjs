#!/usr/bin/env node
// `npm run dev`: one command from a fresh clone to a running marketplace.
//  1. PostgreSQL: DATABASE_URL, or an embedded server with its data in .data/ (port 54329)
//  2. builds the plugins when their output is stale, runs migrations (plugins and links included)
//  3. seeds the demo once and creates the operator account once
//  4. runs `medusa plugin:develop` in every plugin (rebuilds on change) and `medusa develop`
//  5. runs the storefront (`next dev`, port STOREFRONT_PORT, default 8000) with the demo's
//     publishable key and this server's URL (DEV_STOREFRONT=false to skip it)
// Ctrl-C stops everything, the embedded PostgreSQL last and cleanly.
import path from "node:path"
import { loadDotEnv, log, ROOT } from "./lib/env.mjs"
import { prepareServices } from "./lib/database.mjs"
import {
  ensurePluginsBuilt,
  listPlugins,
  markDeveloping,
} from "./lib/plugins.mjs"
import { runOrThrow, start } from "./lib/run.mjs"
import { ensureDemoData, printBanner, waitForHealth } from "./lib/app.mjs"
import { startDemoRouter } from "./lib/demo-router.mjs"

loadDotEnv()
const PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const children = []
let embedded = null
let demoRouter = null
let stopping = false

async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  log("stopping…")
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode) return resolve()
          child.once("exit", resolve)
          child.kill("SIGINT")
          setTimeout(() => {
            child.kill("SIGKILL")
            resolve()
          }, 8000).unref()
        })
    )
  )
  await demoRouter?.close().catch(() => {})
  await embedded?.stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

try {
  ;({ embedded } = await prepareServices())
  await ensurePluginsBuilt()
  demoRouter = await startDemoRouter()
  log("running migrations (medusa db:migrate)")
  await runOrThrow("medusa", ["db:migrate"], { quiet: true })
  const demo = await ensureDemoData()
  // Printed now as well as in the banner: whoever watches /health (scripts,
  // newcomers) finds the key in the log as soon as the server answers.
  log(`demo data ready. Publishable API key: ${demo.key}`)

  // Plugin watchers first: their first compile replaces the plugin output,
  // so the app starts only once every plugin is watching.
  if (process.env.DEV_WATCH_PLUGINS !== "false") {
    for (const plugin of listPlugins()) {
      markDeveloping(plugin)
      const child = start("medusa", ["plugin:develop"], {
        cwd: plugin.dir,
        stdio: ["ignore", "pipe", "inherit"],
      })
      children.push(child)
      await new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `${plugin.name}: plugin:develop did not start within 120s`
              )
            ),
          120_000
        )
        child.stdout.on("data", (d) => {
          const text = d.toString()
          for (const line of text.split("\n"))
            if (line.trim()) process.stdout.write(`[${plugin.name}] ${line}\n`)
          if (text.includes("watching for file changes")) {
            clearTimeout(timer)
            resolve()
          }
        })
        child.once("exit", (code) => {
          clearTimeout(timer)
          reject(new Error(`${plugin.name}: plugin:develop exited (${code})`))
        })
      })
    }
  }

  const app = start("medusa", ["develop"], { stdio: "inherit" })
  children.push(app)
  app.once("exit", (code) => {
    if (!stopping) {
      console.error(`[belanjain] medusa develop exited (${code})`)
      shutdown(code || 1)
    }
  })
  let storefront = null
  if (process.env.DEV_STOREFRONT !== "false") {
    // `next dev` compiles a page on its first request: starting it costs little.
    const child = start("next", ["dev", "-p", String(STOREFRONT_PORT)], {
      cwd: path.join(ROOT, "storefront"),
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        MEDUSA_BACKEND_URL:
          process.env.MEDUSA_BACKEND_URL || `http://localhost:${PORT}`,
        MEDUSA_PUBLISHABLE_KEY: process.env.MEDUSA_PUBLISHABLE_KEY || demo.key,
      },
      stdio: ["ignore", "pipe", "inherit"],
    })
    child.stdout.on("data", (d) => {
      for (const line of d.toString().split("\n"))
        if (line.trim()) process.stdout.write(`[storefront] ${line}\n`)
    })
    child.once("exit", (code) => {
      if (!stopping)
        console.error(`[belanjain] the storefront exited (${code})`)
    })
    children.push(child)
    storefront = `http://localhost:${STOREFRONT_PORT}`
  }
  await waitForHealth(PORT, 600_000)
  printBanner({ port: PORT, storefront, ...demo })
} catch (e) {
  console.error(`\n[belanjain] ERROR: ${e.message}\n`)
  await shutdown(1)
}
