// Child-process helpers: run a command to completion, or keep one running.
import { spawn } from "node:child_process"
import path from "node:path"
import { ROOT } from "./env.mjs"

const BIN = path.join(ROOT, "node_modules", ".bin")

/** Runs a command (with node_modules/.bin on PATH); resolves with its exit code. */
export function run(
  cmd,
  args,
  { cwd = ROOT, env = process.env, quiet = false } = {}
) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...env, PATH: `${BIN}${path.delimiter}${env.PATH ?? ""}` },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    })
    let out = ""
    if (quiet) {
      child.stdout.on("data", (d) => (out += d))
      child.stderr.on("data", (d) => (out += d))
    }
    child.on("error", reject)
    child.on("close", (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), out })
    )
  })
}

/** Like run(), but rejects with the command's output when it exits non-zero. */
export async function runOrThrow(cmd, args, opts = {}) {
  const { code, out } = await run(cmd, args, opts)
  if (code !== 0) {
    throw new Error(
      `\`${cmd} ${args.join(" ")}\` failed (exit ${code})${out ? `:\n${out.trim().split("\n").slice(-25).join("\n")}` : ""}`
    )
  }
  return out
}

/** Starts a long-running command; returns the child. */
export function start(
  cmd,
  args,
  { cwd = ROOT, env = process.env, stdio = "inherit" } = {}
) {
  return spawn(cmd, args, {
    cwd,
    env: { ...env, PATH: `${BIN}${path.delimiter}${env.PATH ?? ""}` },
    stdio,
  })
}
