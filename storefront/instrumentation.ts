import type { Instrumentation } from "next"

/**
 * Sentry on the storefront's server, only when SENTRY_DSN is set: without it
 * the SDK is never loaded. Errors of server components, route handlers and
 * server actions reach `onRequestError` (Next's hook) and are reported with
 * the route. The browser side is components/sentry.tsx.
 */
export async function register() {
  if (!process.env.SENTRY_DSN || process.env.NEXT_RUNTIME !== "nodejs") return
  const Sentry = await import("@sentry/nextjs")
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    environment: process.env.SENTRY_ENVIRONMENT || process.env.NODE_ENV,
    tracesSampleRate: Number(process.env.SENTRY_TRACES_SAMPLE_RATE || 0),
  })
}

export const onRequestError: Instrumentation.onRequestError = async (
  ...args
) => {
  if (!process.env.SENTRY_DSN || process.env.NEXT_RUNTIME !== "nodejs") return
  const Sentry = await import("@sentry/nextjs")
  Sentry.captureRequestError(...args)
}
