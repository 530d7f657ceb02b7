import { medusaIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

// GET /health/ready (src/api/health/ready/route.ts) next to Medusa's own
// /health. The failing cases (Postgres or Redis down, answered within 2 s)
// are src/lib/__tests__/readiness.spec.ts's: this app's database is up.
medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("GET /health/ready", () => {
      it("answers 200 with the database check, without authentication", async () => {
        const res = await api.get("/health/ready")

        expect(res.status).toBe(200)
        expect(res.headers["cache-control"]).toBe("no-store")
        expect(res.data).toEqual({
          status: "ok",
          checks: expect.objectContaining({
            database: { status: "ok", latency_ms: expect.any(Number) },
          }),
        })
        // Redis is checked exactly when the app runs on it.
        if (process.env.REDIS_URL) {
          expect(res.data.checks.redis).toEqual({
            status: "ok",
            latency_ms: expect.any(Number),
          })
        } else {
          expect(res.data.checks).not.toHaveProperty("redis")
        }
      })

      it("leaves Medusa's /health (liveness) as it is", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
        expect(res.data).toBe("OK")
      })
    })
  },
})
