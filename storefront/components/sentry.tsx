"use client"

import { useEffect } from "react"

let started: Promise<typeof import("@sentry/nextjs")> | null = null

/**
 * Sentry in the browser, only when the server passes a DSN (SENTRY_DSN, read
 * at request time so one build serves any environment): the SDK's chunk is
 * loaded only then.
 */
export function SentryBrowser({
  dsn,
  environment,
}: {
  dsn?: string
  environment?: string
}) {
  useEffect(() => {
    if (!dsn || started) return
    started = import("@sentry/nextjs").then((Sentry) => {
      Sentry.init({ dsn, environment })
      return Sentry
    })
  }, [dsn, environment])
  return null
}

/**
 * Reports an error caught by an error boundary. Errors thrown on the server
 * (they carry a `digest`) were reported there by `onRequestError`.
 */
export function reportError(error: Error & { digest?: string }) {
  if (!started || error.digest) return
  void started.then((Sentry) => Sentry.captureException(error))
}
