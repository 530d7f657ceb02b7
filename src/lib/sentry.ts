import type * as SentryNode from "@sentry/node"

/**
 * Sentry on the server, only when SENTRY_DSN is set (nothing is loaded
 * otherwise). `instrumentation.ts` starts it when `medusa start` / `medusa
 * develop` boots a server or worker: uncaught exceptions and unhandled
 * rejections are reported from every process role. The API's error handler
 * (src/api/middlewares.ts) reports every answer of 500 and more with the
 * request id, method and route, then answers as Medusa's own handler does;
 * 4xx answers (bad input, not found, …) are not errors of ours and are not
 * sent. No user fields, cookies, headers, bodies, query strings or database
 * values are sent (`dataCollection`), and no tracing is set up (Sentry's
 * OpenTelemetry setup stays off, its default).
 */
export type SentryEnv = Record<string, string | undefined>

/** Sentry's options from the environment, or undefined when it is off. */
export function sentryOptions(
  env: SentryEnv = process.env
): SentryNode.NodeOptions | undefined {
  const dsn = env.SENTRY_DSN?.trim()
  if (!dsn) return undefined
  return {
    dsn,
    environment: env.SENTRY_ENVIRONMENT || env.NODE_ENV || "development",
    release: env.SENTRY_RELEASE || env.BELANJAIN_TAG || undefined,
    // Shoppers' data stays here: no user fields, cookies, headers, bodies,
    // query strings or database values go to Sentry.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      databaseQueryData: false,
    },
    initialScope: {
      tags: { process_role: env.MEDUSA_WORKER_MODE || "shared" },
    },
  }
}

let sentry: typeof SentryNode | null | undefined

/** Starts Sentry once per process; the client, or null when SENTRY_DSN is unset. */
export function initSentry(env: SentryEnv = process.env) {
  if (sentry !== undefined) return sentry
  const options = sentryOptions(env)
  if (!options) return (sentry = null)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Sentry: typeof SentryNode = require("@sentry/node")
  Sentry.init(options)
  return (sentry = Sentry)
}
