// The workspace's Medusa plugins (plugins/*) and their build state.
import fs from "node:fs"
import path from "node:path"
import { log, ROOT } from "./env.mjs"
import { runOrThrow } from "./run.mjs"

const STAMP = path.join(".medusa", "build-stamp")

export function listPlugins() {
  const dir = path.join(ROOT, "plugins")
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((p) => fs.existsSync(path.join(p, "package.json")))
    .map((p) => ({
      dir: p,
      name: JSON.parse(fs.readFileSync(path.join(p, "package.json"), "utf8"))
        .name,
    }))
}

function newestMtime(p) {
  const st = fs.statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of fs.readdirSync(p)) {
    if (entry === "__tests__") continue
    newest = Math.max(newest, newestMtime(path.join(p, entry)))
  }
  return newest
}

/** True when `medusa plugin:build` output is missing or older than the plugin's sources. */
export function isStale(plugin) {
  const stamp = path.join(plugin.dir, STAMP)
  if (
    !fs.existsSync(stamp) ||
    !fs.existsSync(path.join(plugin.dir, ".medusa", "server"))
  )
    return true
  const built = fs.statSync(stamp).mtimeMs
  return ["src", "package.json", "tsconfig.json"]
    .map((f) => path.join(plugin.dir, f))
    .filter((f) => fs.existsSync(f))
    .some((f) => newestMtime(f) > built)
}

/** Builds every plugin whose output is stale, one after another (2 cores: never in parallel). */
export async function ensurePluginsBuilt({ force = false } = {}) {
  for (const plugin of listPlugins()) {
    if (!force && !isStale(plugin)) continue
    log(`building ${plugin.name} (medusa plugin:build)`)
    await runOrThrow("medusa", ["plugin:build"], {
      cwd: plugin.dir,
      quiet: true,
    })
    markBuilt(plugin)
  }
}

export function markBuilt(plugin) {
  fs.writeFileSync(
    path.join(plugin.dir, STAMP),
    new Date().toISOString() + "\n"
  )
}

/** `medusa plugin:develop` rewrites the output without the admin bundle: the next check must rebuild. */
export function markDeveloping(plugin) {
  fs.rmSync(path.join(plugin.dir, STAMP), { force: true })
}
