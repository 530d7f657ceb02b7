import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import Redis from "ioredis"

jest.setTimeout(120_000)

// This file checks the fallback used when REDIS_URL is absent, whatever the caller set.
const savedRedisUrl = process.env.REDIS_URL
delete process.env.REDIS_URL
afterAll(() => {
  if (savedRedisUrl !== undefined) process.env.REDIS_URL = savedRedisUrl
})

const resolutionPath = (key: string) =>
  String(MedusaModule.getModuleResolutions(key)?.resolutionPath ?? "")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("without REDIS_URL", () => {
      it("serves requests with Medusa's in-memory modules registered", async () => {
        const health = await api.get("/health")
        expect(health.status).toBe(200)

        expect(resolutionPath(Modules.EVENT_BUS)).toMatch(/event-bus-local/)
        expect(resolutionPath(Modules.WORKFLOW_ENGINE)).toMatch(
          /workflow-engine-inmemory/
        )
        expect(getContainer().resolve(Modules.EVENT_BUS).constructor.name).toBe(
          "LocalEventBusService"
        )
      })

      it("keeps locks and cached entries in process memory", async () => {
        const container = getContainer()
        const locking = container.resolve(Modules.LOCKING)
        const caching = container.resolve(Modules.CACHING)

        let ran = false
        await locking.execute("belanjain-test-lock", async () => {
          ran = true
        })
        expect(ran).toBe(true)

        const key = `belanjain-test-cache-memory-${Date.now()}`
        await caching.set({ key, data: { hello: "memory" } })
        expect(await caching.get({ key })).toEqual({ hello: "memory" })

        // When a Redis exists on this machine, nothing of ours may have reached it.
        if (savedRedisUrl) {
          const redis = new Redis(savedRedisUrl)
          try {
            expect(await redis.keys(`*${key}*`)).toEqual([])
          } finally {
            await redis.quit()
          }
        }
      })
    })
  },
})
