import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

/** The workspace root. */
export const ROOT = path.resolve(__dirname, "../../..")
export const PLUGINS_DIR = path.join(ROOT, "plugins")

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]

export type RouteFile = { file: string; path: string; methods: string[] }

/** The workspace's plugins (folders of plugins/ with a package.json). */
export function workspacePlugins(): string[] {
  return fs
    .readdirSync(PLUGINS_DIR)
    .filter((p) => fs.existsSync(path.join(PLUGINS_DIR, p, "package.json")))
    .sort()
}

/**
 * Every `route.ts` under `apiDir`, with the path Medusa's route loader gives
 * it (`[id]` → OpenAPI's `{id}`) and the HTTP methods it exports.
 */
export function routeFiles(apiDir: string): RouteFile[] {
  if (!fs.existsSync(apiDir)) return []
  return (fs.readdirSync(apiDir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => {
      const source = fs.readFileSync(path.join(apiDir, f), "utf8")
      const exported = [
        ...source.matchAll(
          /^export\s+(?:const|let|async\s+function|function)\s+(\w+)/gm
        ),
      ].map((m) => m[1])
      for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
        exported.push(
          ...m[1].split(",").map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .pop()!
          )
        )
      }
      const segments = path.dirname(f).split(path.sep).filter(Boolean)
      return {
        file: path.relative(ROOT, path.join(apiDir, f)),
        path: `/${segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`,
        methods: exported.filter((e) => METHODS.includes(e)),
      }
    })
    .sort((a, b) => a.file.localeCompare(b.file))
}

/** Every route file of every workspace plugin and of the app (src/api). */
export function allRouteFiles(): RouteFile[] {
  return [
    ...workspacePlugins().flatMap((p) =>
      routeFiles(path.join(PLUGINS_DIR, p, "src/api"))
    ),
    ...routeFiles(path.join(ROOT, "src/api")),
  ]
}

/** `METHOD /path (file)` for each route method the document lacks. */
export function undocumentedRoutes(
  routes: RouteFile[],
  paths: Record<string, Record<string, unknown>>
): string[] {
  return routes.flatMap((r) =>
    r.methods
      .filter((m) => !paths[r.path]?.[m.toLowerCase()])
      .map((m) => `${m} ${r.path} (${r.file})`)
  )
}

/**
 * @seriousme/openapi-schema-validator is an ES module, which this (CommonJS)
 * jest setup cannot import: it runs in a child Node process.
 */
export function validateOpenApi(document: unknown): {
  valid: boolean
  errors?: unknown
} {
  const script = `
    import { Validator } from "@seriousme/openapi-schema-validator"
    let input = ""
    for await (const chunk of process.stdin) input += chunk
    const result = await new Validator().validate(JSON.parse(input))
    process.stdout.write(JSON.stringify(result))
  `
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script],
    { cwd: ROOT, input: JSON.stringify(document), encoding: "utf8" }
  )
  return JSON.parse(out)
}
