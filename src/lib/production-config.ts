/**
 * What a production process (NODE_ENV=production) refuses to start with.
 * medusa-config.ts calls assertProductionConfig(process.env) before it
 * builds the configuration, so `medusa start` (and `npm start`) stop at boot
 * with every problem listed, instead of running with a guessable secret or
 * an open CORS policy. Development and test processes are not checked.
 */

type Env = Record<string, string | undefined>

/** Shorter secrets are refused: 32 characters, e.g. `openssl rand -hex 16`. */
export const MIN_SECRET_LENGTH = 32

/**
 * Secrets anyone can look up: Medusa's fallback when JWT_SECRET or
 * COOKIE_SECRET is unset (`supersecret`, @medusajs/framework's config
 * manager; create-medusa-app writes it into .env too) and this repository's
 * .env.example placeholders. Compared case-insensitively.
 */
export const KNOWN_DEFAULT_SECRETS = [
  "supersecret",
  "something",
  "secret",
  "change-me-to-a-long-random-string",
  "change-me-to-another-long-random-string",
]

const SECRET_VARS = ["JWT_SECRET", "COOKIE_SECRET"] as const
const CORS_VARS = ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"] as const
const VERBOSE_LOG_LEVELS = ["debug", "silly"]

/** Medusa's own test (`isProduction` in @medusajs/utils). */
export function isProductionEnv(env: Env): boolean {
  return ["production", "prod"].includes(env.NODE_ENV ?? "")
}

/** An origin no CORS list should allow: a regex entry matching it allows all. */
const FOREIGN_ORIGIN = "https://unrelated-origin.invalid"

/**
 * Whether one entry of a comma-separated CORS list allows any origin: `*`,
 * a glob such as `https://*.example.com` (Medusa has no globs, so this is a
 * mistake either way), or a `/regex/` entry (Medusa accepts those) that
 * matches an unrelated origin, e.g. `/.*\/`.
 */
function isWildcardOrigin(entry: string): boolean {
  const regex = /^\/(.*)\/([a-z]*)$/.exec(entry)
  if (regex) {
    try {
      return new RegExp(regex[1], regex[2]).test(FOREIGN_ORIGIN)
    } catch {
      return false // not a valid regex: Medusa compares it as a plain string
    }
  }
  return entry.includes("*")
}

/** Every unsafe production setting in env, one message per problem, each naming its variable. */
export function productionConfigProblems(env: Env): string[] {
  const problems: string[] = []

  if (!env.DATABASE_URL?.trim()) {
    problems.push("DATABASE_URL is not set")
  }

  for (const name of SECRET_VARS) {
    const value = env[name]
    if (!value) {
      problems.push(`${name} is not set`)
    } else if (KNOWN_DEFAULT_SECRETS.includes(value.trim().toLowerCase())) {
      problems.push(`${name} is a well-known default value`)
    } else if (value.length < MIN_SECRET_LENGTH) {
      problems.push(
        `${name} is too short (${value.length} characters, at least ${MIN_SECRET_LENGTH})`
      )
    }
  }

  for (const name of CORS_VARS) {
    const value = env[name]?.trim()
    if (!value) {
      // medusa-config.ts falls back to localhost origins, meant for development.
      problems.push(
        `${name} is not set (the localhost default is for development only)`
      )
      continue
    }
    const wildcards = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(isWildcardOrigin)
    if (wildcards.length) {
      problems.push(
        `${name} allows any origin (${wildcards.join(", ")}); list the allowed origins`
      )
    }
  }

  const logLevel = env.LOG_LEVEL?.trim().toLowerCase()
  if (logLevel && VERBOSE_LOG_LEVELS.includes(logLevel)) {
    problems.push(
      `LOG_LEVEL=${logLevel} is for development; use info, warn or error in production`
    )
  }

  return problems
}

/** Throws one Error listing every problem of productionConfigProblems(env). */
export function assertProductionConfig(env: Env): void {
  const problems = productionConfigProblems(env)
  if (!problems.length) return
  const error = new Error(
    `unsafe production configuration (NODE_ENV=${env.NODE_ENV}):\n` +
      problems.map((p) => `  - ${p}`).join("\n")
  )
  // Medusa's config loader prints the stack after the message: the list is
  // the whole story, so the stack repeats it without frames.
  error.stack = error.message
  throw error
}
