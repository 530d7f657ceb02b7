#!/usr/bin/env node
// `npm start` / `npm run start:worker`: run the built server (`npm run build` first) from .medusa/server.
//  - MEDUSA_WORKER_MODE=server|worker|shared picks the process role (start:worker sets worker).
//  - Without DATABASE_URL the embedded PostgreSQL of `npm run dev` is used (local trials only);
//    production sets DATABASE_URL and runs `npx medusa db:migrate` as a release step.
import fs from "node:fs"
import path from "node:path"
import { fail, loadDotEnv, log, ROOT } from "./lib/env.mjs"
import { prepareServices } from "./lib/database.mjs"
import { runOrThrow, start } from "./lib/run.mjs"

loadDotEnv()
const serverDir = path.join(ROOT, ".medusa", "server")
if (!fs.existsSync(path.join(serverDir, "medusa-config.js"))) {
  fail(
    `no build in ${path.relative(ROOT, serverDir)}: run \`npm run build\` first`
  )
}

// `medusa start` runs in production mode, where Medusa has no fallback secrets.
const missing = ["JWT_SECRET", "COOKIE_SECRET"].filter((v) => !process.env[v])
if (missing.length) {
  fail(
    `${missing.join(" and ")} must be set for \`npm start\` (production mode has no default secret).\n` +
      `  Put long random values in .env, e.g. JWT_SECRET=$(openssl rand -hex 32)`
  )
}

const embeddedDefault = !process.env.DATABASE_URL
const { embedded } = await prepareServices()
if (embeddedDefault) {
  log("embedded database: applying migrations")
  await runOrThrow("medusa", ["db:migrate"], { quiet: true }).catch((e) =>
    fail(e.message)
  )
}

const role = process.env.MEDUSA_WORKER_MODE ?? "shared"
log(`starting the built server (${role} mode)`)
const child = start("medusa", ["start"], { cwd: serverDir })

let stopping = false
const stop = (signal) => {
  if (stopping) return
  stopping = true
  child.kill(signal)
}
process.on("SIGINT", () => stop("SIGINT"))
process.on("SIGTERM", () => stop("SIGTERM"))
child.on("exit", async (code) => {
  await embedded?.stop().catch(() => {})
  process.exit(code ?? 0)
})
