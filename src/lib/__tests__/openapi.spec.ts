import fs from "node:fs"
import path from "node:path"
import { z } from "@medusajs/framework/zod"
import {
  appOpenApiPart,
  mergeOpenApi,
  OPENAPI_INFO_DESCRIPTION,
  type OpenApiDocument,
  type OpenApiPart,
} from "../openapi"
import {
  allRouteFiles,
  PLUGINS_DIR,
  undocumentedRoutes,
  validateOpenApi,
  workspacePlugins,
} from "./openapi-helpers"
import { buildOpenApiPart } from "@belanjain/openapi"

const plugins = workspacePlugins()

/** Each plugin's part, built from its source (so no plugin build is needed). */
function sourcePart(plugin: string): OpenApiPart | undefined {
  const entry = path.join(PLUGINS_DIR, plugin, "src/openapi/index.ts")
  if (!fs.existsSync(entry)) return undefined
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(entry)
  return (mod.default ?? mod)()
}

const parts = plugins.flatMap((p) => sourcePart(p) ?? [])
const doc: OpenApiDocument = mergeOpenApi([...parts, appOpenApiPart()], {
  title: "Belanjain API",
  version: "0.0.0-test",
  description: OPENAPI_INFO_DESCRIPTION,
})

const routes = allRouteFiles()

describe("OpenAPI document", () => {
  it("finds the route files (plugins and app)", () => {
    expect(routes.length).toBeGreaterThan(60)
    expect(routes.every((r) => r.methods.length > 0)).toBe(true)
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "/vendor/products/{id}",
        "/store/order-groups/{id}/orders/{order_id}/cancel",
        "/health/ready",
        "/docs",
      ])
    )
  })

  it("documents every method of every route file", () => {
    const undocumented = undocumentedRoutes(routes, doc.paths)
    expect(undocumented).toEqual([])
  })

  it("documents no operation without a route file", () => {
    const served = new Set(
      routes.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`))
    )
    const extra = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .map((m) => `${m.toUpperCase()} ${p}`)
        .filter((op) => !served.has(op))
    )
    expect(extra).toEqual([])
  })

  it("is a valid OpenAPI 3.1 document", () => {
    const result = validateOpenApi(doc)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(doc.openapi).toMatch(/^3\.1\./)
  })

  it("gives every operation an id, summary, tag, security and success answer", () => {
    const ids = new Set<string>()
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops) as [string, any][]) {
        const where = `${m.toUpperCase()} ${p}`
        expect([where, typeof op.operationId]).toEqual([where, "string"])
        expect(ids.has(op.operationId)).toBe(false)
        ids.add(op.operationId)
        expect([where, !!op.summary, op.tags?.length]).toEqual([where, true, 1])
        expect([where, Array.isArray(op.security)]).toEqual([where, true])
        const success = Object.keys(op.responses).filter((s) => /^2/.test(s))
        expect([where, success.length]).toEqual([where, 1])
        for (const param of p.match(/\{\w+\}/g) ?? []) {
          expect(op.parameters).toContainEqual(
            expect.objectContaining({ name: param.slice(1, -1), in: "path" })
          )
        }
      }
    }
    // /store needs the publishable key, /admin and /vendor a caller.
    const security = (p: string, m: string) =>
      JSON.stringify((doc.paths[p][m] as any).security)
    expect(security("/store/products/search", "get")).toBe(
      JSON.stringify([{ publishableApiKey: [] }])
    )
    expect(security("/store/order-groups", "get")).toContain("bearer")
    expect(security("/admin/sellers", "get")).toContain("bearer")
    expect(security("/vendor/products", "post")).toContain("bearer")
    expect(security("/health/ready", "get")).toBe("[]")
  })

  it("takes request schemas from the routes' own zod validators", async () => {
    const { VendorCreateProduct } = await import(
      path.join(
        PLUGINS_DIR,
        "marketplace/src/api/vendor/products/validators.ts"
      )
    )
    const { $schema: _, ...expected } = z.toJSONSchema(VendorCreateProduct, {
      target: "draft-2020-12",
      io: "input",
    }) as Record<string, unknown>
    const op = doc.paths["/vendor/products"].post as any
    expect(op.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/VendorCreateProduct",
    })
    expect(doc.components.schemas.VendorCreateProduct).toEqual(expected)

    // A query validator becomes the operation's query parameters.
    const { VendorListOrders } = await import(
      path.join(PLUGINS_DIR, "marketplace/src/api/vendor/orders/validators.ts")
    )
    const names = (doc.paths["/vendor/orders"].get as any).parameters.map(
      (p: { name: string }) => p.name
    )
    expect(names.sort()).toEqual(Object.keys(VendorListOrders.shape).sort())
  })

  it("caps the page size of every list operation at 100 (a larger limit is refused or lowered)", () => {
    const MAX_PAGE = 100
    const listOps = plugins
      .flatMap((plugin) => {
        const entry = path.join(PLUGINS_DIR, plugin, "src/openapi/index.ts")
        if (!fs.existsSync(entry)) return []
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(entry)
        return Object.values(mod).filter(Array.isArray).flat() as {
          method: string
          path: string
          query?: z.ZodType
        }[]
      })
      .filter((op) => op.method === "get" && op.query)
      .filter((op) => "limit" in ((op.query as any).shape ?? {}))
    expect(listOps.length).toBeGreaterThan(15)
    const uncapped = listOps.flatMap((op) => {
      const result = op.query!.safeParse({ limit: "100000" })
      if (!result.success) {
        const onLimit = result.error.issues.some((i) => i.path[0] === "limit")
        return onLimit ? [] : [`${op.path}: refused for another reason`]
      }
      const limit = (result.data as { limit: number }).limit
      return limit <= MAX_PAGE ? [] : [`${op.path}: limit ${limit} accepted`]
    })
    expect(uncapped).toEqual([])
  })

  it("builds operations with @belanjain/openapi (packages/openapi)", () => {
    const query = z.object({
      q: z.string().optional(),
      limit: z.preprocess(
        (v) => (v === undefined ? 20 : Number(v)),
        z.number()
      ),
      created_at: z.object({ gte: z.coerce.date() }).optional(),
      status: z.enum(["pending", "shipped"]),
    })
    const part = buildOpenApiPart({ name: "t", description: "test" }, [
      {
        method: "get",
        path: "/vendor/things/{id}/parts",
        summary: "Parts",
        auth: "seller",
        query,
        errors: { 409: "Busy" },
      },
      {
        method: "post",
        path: "/store/things",
        summary: "Create",
        auth: "store",
        body: z.object({ name: z.string() }).strict(),
        status: 201,
      },
    ])
    const get = part.paths["/vendor/things/{id}/parts"].get as any
    expect(get.operationId).toBe("getVendorThingsIdParts")
    expect(get.security).toEqual([{ bearer: [] }, { session: [] }])
    expect(Object.keys(get.responses).sort()).toEqual([
      "200",
      "400",
      "401",
      "404",
      "409",
    ])
    const params = Object.fromEntries(
      get.parameters.map((p: any) => [p.name, p])
    )
    expect(params.id).toMatchObject({ in: "path", required: true })
    // A parameter with a default may be left out, an enum may not.
    expect(params.limit.required).toBe(false)
    expect(params.q.required).toBe(false)
    expect(params.status).toMatchObject({
      required: true,
      schema: { enum: ["pending", "shipped"] },
    })
    expect(params.created_at).toMatchObject({
      style: "deepObject",
      explode: true,
    })
    expect(params.created_at.schema.properties.gte).toEqual({
      type: "string",
      format: "date-time",
    })
    const post = part.paths["/store/things"].post as any
    expect(Object.keys(post.responses).sort()).toEqual(["201", "400"])
    expect(post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/postStoreThingsBody",
    })
    expect(part.components.schemas.postStoreThingsBody).toEqual({
      type: "object",
      properties: { name: { type: "string" } },
      required: ["name"],
      additionalProperties: false,
    })
    expect(() =>
      buildOpenApiPart({ name: "t", description: "" }, [
        { method: "get", path: "/x", summary: "x", auth: "nobody" as any },
      ])
    ).toThrow('get /x: unknown auth "nobody"')
  })
})
