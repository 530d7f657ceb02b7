/**
 * The app's OpenAPI 3.1 document: the operations of every installed plugin
 * that exports `<plugin>/openapi` (built by each plugin from the zod
 * validators its middlewares apply), plus the app's own routes. Served by
 * GET /docs/openapi.json and shown by the Swagger UI page at GET /docs.
 * src/lib/__tests__/openapi.spec.ts fails for any route file without a
 * documented operation.
 */
import fs from "node:fs"
import path from "node:path"

/** What `<plugin>/openapi`'s default export returns (built with @belanjain/openapi, packages/openapi). */
export type OpenApiPart = {
  tags: { name: string; description: string }[]
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas?: Record<string, unknown>
    securitySchemes?: Record<string, unknown>
  }
}

export type OpenApiDocument = {
  openapi: string
  info: { title: string; version: string; description: string }
  tags: { name: string; description: string }[]
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, unknown>
    securitySchemes: Record<string, unknown>
  }
}

const json = (schema: Record<string, unknown>) => ({
  "application/json": { schema },
})

/** The app's own routes (src/api): readiness and these docs. */
export function appOpenApiPart(): OpenApiPart {
  const tag = "app"
  return {
    tags: [
      { name: tag, description: "The Belanjain app's own routes (src/api)." },
    ],
    paths: {
      "/health/ready": {
        get: {
          operationId: "getHealthReady",
          summary: "Readiness: the database (and Redis, when used) answer",
          tags: [tag],
          security: [],
          responses: {
            200: { description: "Ready", content: json({ type: "object" }) },
            503: {
              description: "A check failed (named in `checks`)",
              content: json({ type: "object" }),
            },
          },
        },
      },
      "/docs": {
        get: {
          operationId: "getDocs",
          summary: "This API's documentation (Swagger UI)",
          tags: [tag],
          security: [],
          responses: {
            200: {
              description: "The Swagger UI page",
              content: { "text/html": { schema: { type: "string" } } },
            },
          },
        },
      },
      "/docs/openapi.json": {
        get: {
          operationId: "getDocsOpenapiJson",
          summary: "This OpenAPI 3.1 document",
          tags: [tag],
          security: [],
          responses: {
            200: {
              description: "The document",
              content: json({ type: "object" }),
            },
          },
        },
      },
      "/docs/assets/{file}": {
        get: {
          operationId: "getDocsAssetsFile",
          summary: "A Swagger UI file (from the swagger-ui-dist package)",
          tags: [tag],
          security: [],
          parameters: [
            {
              name: "file",
              in: "path",
              required: true,
              schema: { type: "string" },
            },
          ],
          responses: {
            200: { description: "The file" },
            404: { description: "Not one of the Swagger UI files" },
          },
        },
      },
    },
    components: {},
  }
}

/** `name` and `value` are the same JSON (components shared by several plugins). */
function sameJson(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * One OpenAPI 3.1 document from the parts. Two parts documenting the same
 * operation, or giving one component name two different schemas, is an
 * error: the document would hide one of them.
 */
export function mergeOpenApi(
  parts: OpenApiPart[],
  info: OpenApiDocument["info"]
): OpenApiDocument {
  const doc: OpenApiDocument = {
    openapi: "3.1.0",
    info,
    tags: [],
    paths: {},
    components: { schemas: {}, securitySchemes: {} },
  }
  for (const part of parts) {
    doc.tags.push(...part.tags)
    for (const [route, operations] of Object.entries(part.paths)) {
      doc.paths[route] ??= {}
      for (const [method, operation] of Object.entries(operations)) {
        if (doc.paths[route][method]) {
          throw new Error(`OpenAPI: ${method.toUpperCase()} ${route} twice`)
        }
        doc.paths[route][method] = operation
      }
    }
    for (const kind of ["schemas", "securitySchemes"] as const) {
      for (const [name, value] of Object.entries(part.components[kind] ?? {})) {
        const existing = doc.components[kind][name]
        if (existing !== undefined && !sameJson(existing, value)) {
          throw new Error(`OpenAPI: two different components.${kind}.${name}`)
        }
        doc.components[kind][name] = value
      }
    }
  }
  doc.paths = Object.fromEntries(
    Object.entries(doc.paths).sort(([a], [b]) => a.localeCompare(b))
  )
  return doc
}

type PluginEntry = string | { resolve?: unknown }

/**
 * The `openapi` part of every plugin that has one. A plugin without the
 * export is skipped (e.g. a provider-only plugin); an export that fails to
 * load is an error.
 */
export function pluginOpenApiParts(plugins: PluginEntry[]): OpenApiPart[] {
  const parts: OpenApiPart[] = []
  for (const plugin of plugins) {
    const name = typeof plugin === "string" ? plugin : plugin.resolve
    if (
      typeof name !== "string" ||
      name.startsWith(".") ||
      path.isAbsolute(name)
    ) {
      continue
    }
    let file: string
    try {
      file = require.resolve(`${name}/openapi`)
    } catch {
      continue
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file)
    const build = mod.default ?? mod
    if (typeof build === "function") parts.push(build())
  }
  return parts
}

function appVersion() {
  try {
    const pkg = path.join(process.cwd(), "package.json")
    return String(JSON.parse(fs.readFileSync(pkg, "utf8")).version ?? "0.0.0")
  } catch {
    return "0.0.0"
  }
}

export const OPENAPI_INFO_DESCRIPTION =
  "Belanjain's own API: the custom /store, /admin and /vendor routes of its plugins and the app's routes. Medusa's core routes are documented at https://docs.medusajs.com/api. Request schemas are generated from the same zod validators the routes apply; response bodies are described as generic objects."

/** The document for these plugins and the app (built once per process by the route). */
export function buildOpenApiDocument(plugins: PluginEntry[]): OpenApiDocument {
  return mergeOpenApi([...pluginOpenApiParts(plugins), appOpenApiPart()], {
    title: "Belanjain API",
    version: appVersion(),
    description: OPENAPI_INFO_DESCRIPTION,
  })
}
