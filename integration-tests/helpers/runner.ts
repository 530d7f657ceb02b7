import type {
  ICachingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { eventsSettled } from "./events"

export type RunnerOptions = Parameters<typeof medusaRunner>[0]

/** Where runHttpGroup collects the runner calls of the files it loads. */
export const GROUP_SINK = "__belanjainHttpGroupSink"

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
  // Inside runHttpGroup (integration-tests/helpers/group.ts) the spec is only
  // collected: the group boots one Medusa for all its files.
  const sink = (globalThis as { [GROUP_SINK]?: RunnerOptions[] })[GROUP_SINK]
  if (sink) {
    sink.push(options)
    return
  }
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
