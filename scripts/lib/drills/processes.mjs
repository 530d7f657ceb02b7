// The drills' Medusa processes: `medusa start` from the production build
// (.medusa/server), each in its own process group so `kill -9` takes all of
// it, with its output in a log file (printed when something goes wrong).
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { log, ROOT } from "../env.mjs"
import { waitForHealth } from "../app.mjs"
import { freePort } from "../net.mjs"

export const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const BIN = path.join(ROOT, "node_modules", ".bin")

export function createProcesses() {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "belanjain-drills-"))
  const live = new Set()

  /**
   * Starts `medusa start` as `name` (MEDUSA_WORKER_MODE=role) on a free
   * loopback port, or on `port` (a restart keeps its address); resolves once
   * /health answers.
   */
  async function startProcess(name, role, env, port) {
    port ??= await freePort()
    const file = path.join(logDir, `${name}.log`)
    const out = fs.openSync(file, "a")
    const child = spawn(path.join(BIN, "medusa"), ["start"], {
      cwd: SERVER_DIR,
      env: {
        ...env,
        PATH: `${BIN}${path.delimiter}${env.PATH ?? ""}`,
        PORT: String(port),
        MEDUSA_WORKER_MODE: role,
      },
      stdio: ["ignore", out, out],
      detached: true,
    })
    fs.closeSync(out)
    const proc = { name, role, port, child, file }
    proc.base = `http://localhost:${port}`
    proc.exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        live.delete(proc)
        resolve({ code, signal })
      })
    )
    live.add(proc)
    try {
      await Promise.race([
        waitForHealth(port, 180_000),
        proc.exited.then(({ code, signal }) => {
          throw new Error(`${name} exited during start (${signal ?? code})`)
        }),
      ])
    } catch (error) {
      throw new Error(`${error.message}\n${tail(proc)}`)
    }
    return proc
  }

  /** `kill -9` of the process group; resolves once the process is gone. */
  async function kill9(proc) {
    try {
      process.kill(-proc.child.pid, "SIGKILL")
    } catch {
      // already gone
    }
    await proc.exited
  }

  async function stop(proc) {
    if (!live.has(proc)) return
    try {
      process.kill(-proc.child.pid, "SIGTERM")
    } catch {
      return
    }
    const timer = setTimeout(() => kill9(proc), 10_000)
    await proc.exited
    clearTimeout(timer)
  }

  function tail(proc, lines = 30) {
    const text = fs.existsSync(proc.file)
      ? fs.readFileSync(proc.file, "utf8")
      : ""
    return `--- last lines of ${proc.name} (${proc.file}) ---\n${text
      .trim()
      .split("\n")
      .slice(-lines)
      .join("\n")}`
  }

  async function stopAll() {
    await Promise.all([...live].map(stop))
  }

  /**
   * `medusa exec <script> ...args` in the production build with `env`;
   * resolves with its output, rejects when it fails.
   */
  function execScript(name, script, args, env) {
    const file = path.join(logDir, `${name}.log`)
    return new Promise((resolve, reject) => {
      const child = spawn(path.join(BIN, "medusa"), ["exec", script, ...args], {
        cwd: SERVER_DIR,
        env: { ...env, PATH: `${BIN}${path.delimiter}${env.PATH ?? ""}` },
        stdio: ["ignore", "pipe", "pipe"],
      })
      let output = ""
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
      child.on("error", reject)
      child.on("close", (code) => {
        fs.writeFileSync(file, output)
        if (code === 0) resolve(output)
        else
          reject(
            new Error(
              `medusa exec ${script} failed (${code}):\n${output.trim().split("\n").slice(-30).join("\n")}`
            )
          )
      })
    })
  }

  function removeLogs() {
    fs.rmSync(logDir, { recursive: true, force: true })
  }

  log(`process logs in ${logDir}`)
  return {
    startProcess,
    kill9,
    stop,
    stopAll,
    tail,
    execScript,
    removeLogs,
    logDir,
  }
}
