import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"
import { eventsSettled } from "./events"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's integration runner, plus one habit every HTTP spec needs: after
 * each test, wait for the Redis event bus to drain. Medusa's own afterEach
 * waits for stored workflow executions only; a subscriber's workflow (search
 * index, analytics, e-mails) still running when the next test restores the
 * database, or when the app shuts down after the last test, fails with
 * "Connection ended unexpectedly" and fails the whole file.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  return medusaRunner({
    ...options,
    testSuite: (suite) => {
      afterEach(() => eventsSettled(suite.getContainer()))
      return options.testSuite(suite)
    },
  })
}
