import { ModulesSdkUtils } from "@medusajs/framework/utils"
import { checkReadiness, closeReadinessClients } from "../readiness"

jest.setTimeout(30_000)

// Real services: the machine's Postgres and Redis (DB_* / REDIS_URL as the
// HTTP tests use them), and addresses where nothing listens.
const DATABASE_URL = `postgres://${process.env.DB_USERNAME || "postgres"}:${
  process.env.DB_PASSWORD || ""
}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || 5432}/postgres`
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"
const UNREACHABLE_DATABASE_URL = "postgres://postgres@127.0.0.1:1/postgres"
const UNREACHABLE_REDIS_URL = "redis://127.0.0.1:1"

/** A knex made the way Medusa makes PG_CONNECTION (its pool waits for a connection rather than failing). */
const connect = (clientUrl: string) =>
  ModulesSdkUtils.createPgConnection({ clientUrl, schema: "public" })

const connections: ReturnType<typeof connect>[] = []
afterAll(async () => {
  closeReadinessClients()
  await Promise.all(connections.map((db) => db.destroy()))
})

describe("checkReadiness", () => {
  it("reports ok with each check's latency when Postgres and Redis answer", async () => {
    const db = connect(DATABASE_URL)
    connections.push(db)

    const result = await checkReadiness({ db, redisUrl: REDIS_URL })

    expect(result).toEqual({
      status: "ok",
      checks: {
        database: { status: "ok", latency_ms: expect.any(Number) },
        redis: { status: "ok", latency_ms: expect.any(Number) },
      },
    })
    // The Redis client is made once and reused.
    expect(await checkReadiness({ db, redisUrl: REDIS_URL })).toMatchObject({
      status: "ok",
    })
  })

  it("checks Redis only when a Redis URL is given", async () => {
    const db = connect(DATABASE_URL)
    connections.push(db)

    const result = await checkReadiness({ db })

    expect(Object.keys(result.checks)).toEqual(["database"])
    expect(result.status).toBe("ok")
  })

  it("answers unavailable within 2 s, naming both failing checks, when Postgres and Redis are unreachable", async () => {
    const db = connect(UNREACHABLE_DATABASE_URL)
    connections.push(db)

    const started = Date.now()
    const result = await checkReadiness({ db, redisUrl: UNREACHABLE_REDIS_URL })
    const elapsed = Date.now() - started

    // The acceptance's limit for a readiness answer with a dependency down.
    expect(elapsed).toBeLessThan(2000)
    expect(result.status).toBe("unavailable")
    expect(result.checks.database).toEqual({
      status: "error",
      latency_ms: expect.any(Number),
      error: expect.stringMatching(/database/),
    })
    expect(result.checks.redis).toEqual({
      status: "error",
      latency_ms: expect.any(Number),
      error: expect.stringMatching(/ECONNREFUSED 127\.0\.0\.1:1/),
    })

    // A second ask reuses the failing client and is as fast.
    const again = Date.now()
    const second = await checkReadiness({
      db,
      redisUrl: UNREACHABLE_REDIS_URL,
    })
    expect(Date.now() - again).toBeLessThan(2000)
    expect(second.checks.redis.status).toBe("error")
  })

  it("names only the failing check when just Redis is down", async () => {
    const db = connect(DATABASE_URL)
    connections.push(db)

    const result = await checkReadiness({ db, redisUrl: UNREACHABLE_REDIS_URL })

    expect(result.status).toBe("unavailable")
    expect(result.checks.database).toEqual({
      status: "ok",
      latency_ms: expect.any(Number),
    })
    expect(result.checks.redis.status).toBe("error")
  })
})
