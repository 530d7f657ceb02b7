const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const { grouped } = require("./integration-tests/http/groups")

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
// HTTP_GROUPED=true (`npm test`): the files of integration-tests/http/groups.js
// run inside their group's file, one Medusa boot per group; otherwise (`npx
// jest <file>`) every file runs on its own and the group files are left out.
const HTTP_IGNORED =
  process.env.HTTP_GROUPED === "true"
    ? grouped.map((f) => `<rootDir>/integration-tests/http/${escape(f)}$`)
    : ["<rootDir>/integration-tests/http/groups/"]

/**
 * The app's own tests. TEST_TYPE picks the kind:
 *   unit              src/**\/__tests__/**\/*.spec.ts and integration-tests/scripts (the npm scripts)
 *   integration:http  integration-tests/http/**\/*.spec.ts (medusaIntegrationTestRunner)
 *   browser           integration-tests/browser/**\/*.spec.ts (Playwright against `medusa start`)
 * Plugin tests run from each plugin (see plugins/<name>/jest.config.js).
 */
module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: [
    "dist/",
    "<rootDir>/.medusa/",
    "<rootDir>/plugins/",
  ],
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/plugins/",
    "<rootDir>/.data/",
    ...(process.env.TEST_TYPE === "integration:http" ? HTTP_IGNORED : []),
  ],
  testSequencer: "<rootDir>/integration-tests/helpers/sequencer.js",
  ...(process.env.TEST_TYPE === "browser"
    ? { globalTeardown: "<rootDir>/integration-tests/browser-teardown.js" }
    : {}),
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testMatch:
    process.env.TEST_TYPE === "integration:http"
      ? ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"]
      : process.env.TEST_TYPE === "browser"
        ? ["<rootDir>/integration-tests/browser/**/*.spec.[jt]s"]
        : [
            "<rootDir>/src/**/__tests__/**/*.spec.[jt]s",
            "<rootDir>/integration-tests/scripts/**/*.spec.[jt]s",
          ],
}
