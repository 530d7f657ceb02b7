#!/usr/bin/env node
// `npm run bench`: every `bench:*` script of package.json, one after another
// (they share the machine's cores: running them side by side would measure
// each other), then bench/REPORT.md — for each benchmark its figures as it
// printed them (every ratio is against a baseline measured in the same run),
// its verdict, its duration, and the machine and settings of the run.
//   npm run bench                     all of them
//   npm run bench -- search pages     only bench:search and bench:pages
// Each script's own variables (BENCH_*, DATABASE_URL for a fresh database on
// that server) pass through. Exit code: 1 when a benchmark failed or missed
// its goal; the report is written either way.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { loadDotEnv, log, redact, ROOT } from "./lib/env.mjs"
import { benchModeLabel } from "./lib/bench.mjs"

loadDotEnv()
const REPORT = path.join(ROOT, "bench", "REPORT.md")
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
const all = Object.keys(pkg.scripts)
  .filter((name) => name.startsWith("bench:"))
  .sort()
const wanted = process.argv.slice(2)
const unknown = wanted.filter((w) => !all.includes(`bench:${w}`))
if (unknown.length) {
  console.error(
    `[belanjain] unknown benchmark: ${unknown.join(", ")} (have: ${all.map((s) => s.slice(6)).join(", ")})`
  )
  process.exit(2)
}
const scripts = wanted.length ? wanted.map((w) => `bench:${w}`) : all

// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, "")

/** Runs `npm run <script>`, showing its output live and keeping its stdout. */
function runScript(script) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn("npm", ["run", "--silent", script], {
      cwd: ROOT,
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    })
    let out = ""
    child.stdout.on("data", (d) => {
      out += d
      process.stdout.write(d)
    })
    child.on("close", (code, signal) =>
      resolve({
        script,
        code: code ?? 1,
        signal,
        seconds: (Date.now() - started) / 1000,
        // Progress lines ("[belanjain] …") are not figures.
        out: stripAnsi(out)
          .split("\n")
          .filter((line) => !line.startsWith("[belanjain]"))
          .join("\n")
          .trim(),
      })
    )
  })
}

/** The benchmark's own verdict lines (`… PASS` / `… FAIL`), for the summary table. */
function verdicts(out) {
  return out
    .split("\n")
    .filter((line) => /:\s*(PASS|FAIL)\b/.test(line))
    .map((line) => line.trim())
}

function report(results, startedAt) {
  const lines = [
    "# Benchmark report",
    "",
    `Written by \`npm run bench\` on ${startedAt.toISOString()} (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s).`,
    "Every ratio compares a figure with a baseline measured in the same run on the",
    "same machine, so reports from different machines compare by their ratios, not",
    "their milliseconds.",
    "",
    "| | |",
    "| --- | --- |",
    `| Machine | ${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.platform()} ${os.release()} |`,
    `| Node | ${process.version} |`,
    `| Servers | ${benchModeLabel()} (\`BENCH_MODE\`) |`,
    `| Database | ${process.env.DATABASE_URL ? `fresh databases on ${redact(process.env.DATABASE_URL)}` : "embedded PostgreSQL per benchmark"} |`,
    `| Settings | ${
      Object.entries(process.env)
        .filter(([k]) => k.startsWith("BENCH_"))
        .map(([k, v]) => `\`${k}=${v}\``)
        .join(", ") || "the defaults of each script"
    } |`,
    "",
    "## Summary",
    "",
    "| Benchmark | Result | Goal | Time |",
    "| --- | --- | --- | --- |",
  ]
  for (const r of results) {
    const v = verdicts(r.out)
    const result =
      r.code === 0 ? "ok" : r.signal ? `killed (${r.signal})` : `exit ${r.code}`
    lines.push(
      `| \`npm run ${r.script}\` | ${result} | ${v.map((x) => x.replace(/\|/g, "\\|")).join("<br>") || "–"} | ${r.seconds.toFixed(0)} s |`
    )
  }
  for (const r of results) {
    lines.push(
      "",
      `## ${r.script}`,
      "",
      "```text",
      r.out || "(no output)",
      "```"
    )
  }
  return lines.join("\n") + "\n"
}

const startedAt = new Date()
const results = []
for (const script of scripts) {
  log(`── npm run ${script}`)
  const result = await runScript(script)
  results.push(result)
  log(
    `${script}: ${result.code === 0 ? "ok" : `exit ${result.code}`} in ${result.seconds.toFixed(0)} s`
  )
  // Written after every benchmark, so an interrupted run keeps what it measured.
  fs.mkdirSync(path.dirname(REPORT), { recursive: true })
  fs.writeFileSync(REPORT, report(results, startedAt))
}
log(`report: ${path.relative(ROOT, REPORT)}`)
process.exit(results.every((r) => r.code === 0) ? 0 : 1)
