import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import Redis from "ioredis"

jest.setTimeout(120_000)

const REDIS_URL = process.env.REDIS_URL

if (!REDIS_URL) {
  // Written straight to stderr: Jest does not show console output of a file whose tests are all skipped.
  process.stderr.write(
    "\n[skipped] redis-modules.spec.ts: REDIS_URL is not set, so the Redis-backed modules cannot be checked (CI sets it).\n"
  )
}

const resolutionPath = (key: string) =>
  String(MedusaModule.getModuleResolutions(key)?.resolutionPath ?? "")

const describeWithRedis = REDIS_URL ? describe : describe.skip

describeWithRedis("with REDIS_URL set", () => {
  medusaIntegrationTestRunner({
    env: { REDIS_URL },
    testSuite: ({ api, getContainer }) => {
      let redis: Redis

      beforeAll(() => {
        redis = new Redis(REDIS_URL as string, { lazyConnect: false })
      })
      afterAll(async () => {
        await redis.quit()
      })

      it("serves requests with the Redis modules registered", async () => {
        const health = await api.get("/health")
        expect(health.status).toBe(200)

        expect(resolutionPath(Modules.EVENT_BUS)).toMatch(/event-bus-redis/)
        expect(resolutionPath(Modules.WORKFLOW_ENGINE)).toMatch(
          /workflow-engine-redis/
        )
        expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe(
          "RedisEventBusService"
        )
        // The Redis workflow engine keeps its BullMQ queues in Redis.
        expect(await redis.keys("bull:medusa-workflows*")).not.toEqual([])
      })

      it("takes locks in Redis", async () => {
        const locking = getContainer().resolve(Modules.LOCKING)
        const key = `belanjain-test-lock-${Date.now()}`
        let keysWhileHeld: string[] = []
        await locking.execute(key, async () => {
          keysWhileHeld = await redis.keys(`*${key}*`)
        })
        expect(keysWhileHeld.length).toBeGreaterThan(0)
        expect(await redis.keys(`*${key}*`)).toEqual([])
      })

      it("stores cached entries in Redis", async () => {
        const caching = getContainer().resolve(Modules.CACHING)
        const key = `belanjain-test-cache-${Date.now()}`
        await caching.set({ key, data: { hello: "redis" }, ttl: 60 })

        expect(await caching.get({ key })).toEqual({ hello: "redis" })
        expect(await redis.keys(`*${key}*`)).not.toEqual([])
      })

      it("puts emitted events on the Redis (BullMQ) queue", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const counterKey = "RedisEventBusService:events-queue:id"
        const before = Number((await redis.get(counterKey)) ?? 0)
        await eventBus.emit({ name: "belanjain.test-event", data: { id: "x" } })
        const after = Number((await redis.get(counterKey)) ?? 0)
        expect(after).toBeGreaterThan(before)
      })
    },
  })
})
