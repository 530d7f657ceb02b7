const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/** Unit tests and module tests (moduleIntegrationTestRunner) of this plugin. */
module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  testMatch: ["<rootDir>/src/**/__tests__/**/*.spec.[jt]s"],
  setupFiles: ["<rootDir>/jest.setup.js"],
}
