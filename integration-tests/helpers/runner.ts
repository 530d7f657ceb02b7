import type {
  ICachingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { eventsSettled } from "./events"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's integration runner, plus two habits every HTTP spec needs, after
 * each test:
 *  - wait for the Redis event bus to drain. Medusa's own afterEach waits
 *    for stored workflow executions only; a subscriber's workflow (search
 *    index, analytics, e-mails) still running when the next test restores
 *    the database, or when the app shuts down after the last test, fails
 *    with "Connection ended unexpectedly" and fails the whole file;
 *  - empty the Caching module: the runner restores the database before the
 *    next test, so entries cached from this test's rows (pages, the analytics
 *    rollup, Query) would describe rows that no longer exist.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  return medusaRunner({
    ...options,
    testSuite: (suite) => {
      afterEach(async () => {
        const container = suite.getContainer()
        await eventsSettled(container)
        await clearCaches(container)
      })
      return options.testSuite(suite)
    },
  })
}

async function clearCaches(container: MedusaContainer) {
  if (!container.hasRegistration(Modules.CACHING)) return
  await container
    .resolve<ICachingModuleService>(Modules.CACHING)
    .clear({ tags: ["*"] })
}
