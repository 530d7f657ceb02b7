import {
  assertProductionConfig,
  isProductionEnv,
  KNOWN_DEFAULT_SECRETS,
  productionConfigProblems,
} from "../production-config"

const SAFE = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://medusa:pw@db.internal:5432/belanjain",
  JWT_SECRET: "a".repeat(32),
  COOKIE_SECRET: "b".repeat(40),
  STORE_CORS: "https://shop.example.com",
  ADMIN_CORS: "https://api.example.com,https://admin.example.com",
  AUTH_CORS:
    "https://api.example.com,https://shop.example.com,/\\.example\\.com$/",
  LOG_LEVEL: "info",
}

/** The problems of SAFE with `changes` applied (undefined removes a variable). */
const problemsWith = (changes: Record<string, string | undefined>) =>
  productionConfigProblems({ ...SAFE, ...changes })

describe("productionConfigProblems", () => {
  it("finds nothing wrong with a safe production environment", () => {
    expect(productionConfigProblems(SAFE)).toEqual([])
    // LOG_LEVEL is optional.
    expect(problemsWith({ LOG_LEVEL: undefined })).toEqual([])
  })

  it("refuses a missing DATABASE_URL", () => {
    expect(problemsWith({ DATABASE_URL: undefined })).toEqual([
      "DATABASE_URL is not set",
    ])
    expect(problemsWith({ DATABASE_URL: " " })).toEqual([
      "DATABASE_URL is not set",
    ])
  })

  it.each(["JWT_SECRET", "COOKIE_SECRET"])(
    "refuses a missing, well-known or short %s",
    (name) => {
      expect(problemsWith({ [name]: undefined })).toEqual([
        `${name} is not set`,
      ])
      expect(problemsWith({ [name]: "" })).toEqual([`${name} is not set`])
      for (const value of [...KNOWN_DEFAULT_SECRETS, "SuperSecret"]) {
        expect(problemsWith({ [name]: value })).toEqual([
          `${name} is a well-known default value`,
        ])
      }
      expect(problemsWith({ [name]: "x".repeat(31) })).toEqual([
        `${name} is too short (31 characters, at least 32)`,
      ])
    }
  )

  it.each(["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"])(
    "refuses %s unset (no silent localhost default) or allowing any origin",
    (name) => {
      expect(problemsWith({ [name]: undefined })).toEqual([
        `${name} is not set (the localhost default is for development only)`,
      ])
      expect(problemsWith({ [name]: "" })).toHaveLength(1)

      for (const value of [
        "*",
        "https://shop.example.com, *",
        "https://*.example.com",
        "/.*/",
        "/^https?:\\/\\//",
      ]) {
        const problems = problemsWith({ [name]: value })
        expect(problems).toHaveLength(1)
        expect(problems[0]).toMatch(new RegExp(`^${name} allows any origin`))
      }
      // A regex limited to one domain is a list of origins, not a wildcard.
      expect(problemsWith({ [name]: "/\\.example\\.com$/" })).toEqual([])
    }
  )

  it.each(["debug", "silly", "DEBUG"])("refuses LOG_LEVEL=%s", (level) => {
    const problems = problemsWith({ LOG_LEVEL: level })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^LOG_LEVEL=/)
  })

  it("lists every problem at once", () => {
    expect(
      productionConfigProblems({
        NODE_ENV: "production",
        LOG_LEVEL: "debug",
      }).map((p) => p.split(/[ =]/)[0])
    ).toEqual([
      "DATABASE_URL",
      "JWT_SECRET",
      "COOKIE_SECRET",
      "STORE_CORS",
      "ADMIN_CORS",
      "AUTH_CORS",
      "LOG_LEVEL",
    ])
  })
})

describe("assertProductionConfig", () => {
  it("passes a safe environment", () => {
    expect(() => assertProductionConfig(SAFE)).not.toThrow()
  })

  it("throws one error naming every unsafe variable", () => {
    expect(() =>
      assertProductionConfig({ ...SAFE, JWT_SECRET: "short", STORE_CORS: "*" })
    ).toThrow(
      /unsafe production configuration[\s\S]*JWT_SECRET is too short[\s\S]*STORE_CORS allows any origin/
    )
  })
})

describe("isProductionEnv", () => {
  it("follows Medusa: production and prod, nothing else", () => {
    expect(isProductionEnv({ NODE_ENV: "production" })).toBe(true)
    expect(isProductionEnv({ NODE_ENV: "prod" })).toBe(true)
    for (const NODE_ENV of ["development", "test", "staging", undefined]) {
      expect(isProductionEnv({ NODE_ENV })).toBe(false)
    }
  })
})
