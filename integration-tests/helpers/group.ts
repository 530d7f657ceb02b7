import path from "node:path"
import { groups } from "../http/groups"
import { eventsSettled } from "./events"
import {
  GROUP_SINK,
  medusaIntegrationTestRunner,
  type RunnerOptions,
} from "./runner"

type Suite = RunnerOptions["testSuite"]
type SuiteOptions = Parameters<Suite>[0]
type Hook = (done?: (err?: unknown) => void) => unknown
type HookRegistrar = (fn: Hook, timeout?: number) => void

const HTTP_DIR = path.resolve(__dirname, "../http")

/**
 * Runs the spec files of one HTTP group (integration-tests/http/groups.js)
 * on a single Medusa boot, each file in its own describe block, and each
 * starting from the database as it was right after the boot — the state it
 * would get on its own:
 *
 *  - right after the boot the database is saved as a "pristine" template;
 *  - before a file's tests it is restored from it and made the runner's
 *    restore template again;
 *  - every beforeAll the file registers is wrapped: the hook starts from the
 *    runner's template and the database is saved as the template after it
 *    (what Medusa's runner does after a file's beforeAll on its own), so its
 *    tests all start from the data the hook made.
 *
 * What lives outside Postgres (the process, Redis queues and locks) is shared
 * by the group's files as it is by the tests of one file.
 */
export function runHttpGroup(name: string) {
  const files = groups[name]
  if (!files?.length) throw new Error(`no HTTP group named ${name}`)

  const members = files.map((file) => ({ file, testSuite: collect(file) }))

  jest.setTimeout(600_000)
  medusaIntegrationTestRunner({
    testSuite: (options) => {
      const pristine = `${options.dbConfig.dbName}-pristine`
      beforeAll(async () => {
        await eventsSettled(options.getContainer())
        await options.dbUtils.snapshot({ templateName: pristine })
        await options.dbUtils.snapshot()
      })
      afterAll(async () => {
        // The runner drops its own database and template; this one is ours.
        const { dropTemplate } = options.dbUtils as unknown as {
          dropTemplate: (name: string) => Promise<void>
        }
        await dropTemplate(pristine)
      })

      for (const { file, testSuite } of members) {
        describe(file, () => {
          beforeAll(async () => {
            await options.dbUtils.restore({ templateName: pristine })
            await options.dbUtils.snapshot()
          })
          withSnapshottingBeforeAll(options, () => testSuite(options))
        })
      }
    },
  })
}

/** Loads a spec file and returns its test suite instead of running it. */
function collect(file: string): Suite {
  const sink: RunnerOptions[] = []
  const scope = globalThis as { [GROUP_SINK]?: RunnerOptions[] }
  scope[GROUP_SINK] = sink
  try {
    // Loaded through Jest's module registry, as Jest would load the file.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(HTTP_DIR, file))
  } finally {
    delete scope[GROUP_SINK]
  }
  if (sink.length !== 1)
    throw new Error(
      `${file} calls medusaIntegrationTestRunner ${sink.length} times; a grouped file calls it once`
    )
  const { testSuite, ...rest } = sink[0]
  const extra = Object.keys(rest)
  if (extra.length)
    throw new Error(
      `${file} passes runner options (${extra.join(", ")}): run it as its own file, outside integration-tests/http/groups.js`
    )
  return testSuite
}

/** Registers the suite with every beforeAll wrapped to snapshot after it. */
function withSnapshottingBeforeAll(
  options: SuiteOptions,
  register: () => void
) {
  const scope = globalThis as unknown as { beforeAll: HookRegistrar }
  const original = scope.beforeAll
  scope.beforeAll = (fn, timeout) =>
    original(async () => {
      await options.dbUtils.restore()
      await runHook(fn)
      await eventsSettled(options.getContainer())
      await options.dbUtils.snapshot()
    }, timeout)
  try {
    register()
  } finally {
    scope.beforeAll = original
  }
}

function runHook(fn: Hook): Promise<unknown> {
  if (fn.length === 0) return Promise.resolve(fn())
  return new Promise((resolve, reject) =>
    fn((err) => (err ? reject(err) : resolve(undefined)))
  )
}
