#!/usr/bin/env node
// `npm run typecheck`: the root project, then every workspace's `typecheck`
// script, run as separate `tsc` processes a few at a time (tsc uses one core;
// CI has two). Each one's output is printed when it ends; any failure fails
// the whole check.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { log, ROOT } from "./lib/env.mjs"
import { run } from "./lib/run.mjs"

const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json")))
const workspaces = rootPkg.workspaces
  .flatMap((pattern) =>
    pattern.endsWith("/*")
      ? fs
          .readdirSync(path.join(ROOT, pattern.slice(0, -2)))
          .map((d) => path.join(pattern.slice(0, -2), d))
      : [pattern]
  )
  .filter((dir) => fs.existsSync(path.join(ROOT, dir, "package.json")))

/** One job per `&&`-joined tsc command, so the big ones do not queue behind each other. */
const jobs = [{ name: "root", cwd: ROOT, cmd: "tsc --noEmit -p tsconfig.json" }]
for (const dir of workspaces) {
  const script = JSON.parse(
    fs.readFileSync(path.join(ROOT, dir, "package.json"))
  ).scripts?.typecheck
  if (!script) continue
  for (const cmd of script.split("&&").map((c) => c.trim()))
    jobs.push({ name: dir, cwd: path.join(ROOT, dir), cmd })
}

const limit = Math.max(
  1,
  Number(process.env.TYPECHECK_JOBS) || os.availableParallelism()
)
const failed = []
let next = 0
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++]
    const [bin, ...args] = job.cmd.split(/\s+/)
    const started = Date.now()
    const { code, out } = await run(bin, args, { cwd: job.cwd, quiet: true })
    const secs = ((Date.now() - started) / 1000).toFixed(0)
    log(`${code === 0 ? "ok  " : "FAIL"} ${job.name}: ${job.cmd} (${secs} s)`)
    if (out.trim()) process.stdout.write(`${out.trim()}\n`)
    if (code !== 0) failed.push(job)
  }
}
await Promise.all(Array.from({ length: limit }, worker))
if (failed.length) {
  console.error(
    `\n[belanjain] typecheck failed: ${failed.map((j) => `${j.name} (${j.cmd})`).join(", ")}`
  )
  process.exit(1)
}
