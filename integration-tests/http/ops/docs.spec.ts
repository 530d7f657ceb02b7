import {
  allRouteFiles,
  undocumentedRoutes,
  validateOpenApi,
} from "../../../src/lib/__tests__/openapi-helpers"
import { medusaIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

// The API documentation (src/api/docs): the OpenAPI 3.1 document the app
// builds from its installed plugins, and the Swagger UI page that shows it,
// all without authentication and without a CDN. That the document is valid
// OpenAPI and matches the validators is src/lib/__tests__/openapi.spec.ts's
// too (from the plugins' sources).
medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("X-Request-ID", () => {
      it("answers every request with its id: the caller's when it looks like one, else a new UUID", async () => {
        const fresh = await api.get("/docs/openapi.json")
        const id = fresh.headers["x-request-id"]
        expect(id).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
        )
        expect(fresh.headers["access-control-expose-headers"]).toMatch(
          /X-Request-ID/
        )
        const again = await api.get("/docs/openapi.json")
        expect(again.headers["x-request-id"]).not.toBe(id)

        // Core routes too, and their error answers.
        const kept = await api
          .post(
            "/auth/customer/emailpass",
            { email: "nobody@example.com", password: "wrong-password" },
            { headers: { "x-request-id": "lb-7f3a.42" } }
          )
          .catch((e: { response: unknown }) => e.response)
        expect(kept.status).toBe(401)
        expect(kept.headers["x-request-id"]).toBe("lb-7f3a.42")

        const junk = await api.get("/docs/openapi.json", {
          headers: { "x-request-id": "a b<script>" },
        })
        expect(junk.headers["x-request-id"]).not.toBe("a b<script>")
        expect(junk.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/)
      })
    })

    describe("GET /docs/openapi.json", () => {
      it("serves the OpenAPI 3.1 document of every custom route", async () => {
        const res = await api.get("/docs/openapi.json")

        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^application\/json/)
        expect(res.data.openapi).toMatch(/^3\.1\.\d+$/)
        expect(res.data.info.title).toBe("Belanjain API")
        expect(Object.keys(res.data.paths)).toEqual(
          expect.arrayContaining([
            "/vendor/products",
            "/store/products/search",
            "/admin/sellers/{id}/approve",
            "/store/pages/{slug}",
            "/health/ready",
          ])
        )
        expect(res.data.components.securitySchemes).toMatchObject({
          publishableApiKey: { in: "header", name: "x-publishable-api-key" },
          bearer: { type: "http", scheme: "bearer" },
        })
        // The running app serves every route file's operations: a plugin
        // built without its openapi export would show here.
        expect(undocumentedRoutes(allRouteFiles(), res.data.paths)).toEqual([])

        const validation = validateOpenApi(res.data)
        expect(validation.errors ?? []).toEqual([])
        expect(validation.valid).toBe(true)
      })
    })

    describe("GET /docs", () => {
      it("serves the Swagger UI page, loading its files from /docs/assets", async () => {
        const res = await api.get("/docs")

        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^text\/html/)
        expect(res.data).toContain('id="swagger-ui"')
        expect(res.data).toContain("/docs/assets/swagger-ui-bundle.js")
        expect(res.data).not.toMatch(/https?:\/\//)

        const init = await api.get("/docs/assets/init.js")
        expect(init.status).toBe(200)
        expect(init.data).toContain('url: "/docs/openapi.json"')
      })

      it("serves Swagger UI's files from swagger-ui-dist, and nothing else", async () => {
        const css = await api.get("/docs/assets/swagger-ui.css")
        expect(css.status).toBe(200)
        expect(css.headers["content-type"]).toMatch(/^text\/css/)
        expect(css.headers["cache-control"]).toBe("public, max-age=86400")

        const bundle = await api.get("/docs/assets/swagger-ui-bundle.js")
        expect(bundle.status).toBe(200)
        expect(bundle.headers["content-type"]).toMatch(/javascript/)
        expect(bundle.data).toContain("SwaggerUIBundle")

        const other = await api
          .get("/docs/assets/package.json")
          .catch((e: { response: { status: number } }) => e.response)
        expect(other.status).toBe(404)
        const traversal = await api
          .get("/docs/assets/..%2F..%2Fpackage.json")
          .catch((e: { response: { status: number } }) => e.response)
        expect(traversal.status).toBe(404)
      })
    })
  },
})
