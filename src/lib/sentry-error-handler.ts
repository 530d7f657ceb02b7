import type {
  MedusaErrorHandlerFunction,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  errorHandler,
  getHttpResponseFromError,
} from "@medusajs/framework/http"
import { initSentry } from "./sentry"

/** Medusa's error handler, reporting answers of 500 and more to Sentry first. */
export function sentryErrorHandler(): MedusaErrorHandlerFunction {
  const medusaHandler = errorHandler()
  return function belanjainErrorHandler(
    err: unknown,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const Sentry = initSentry()
    if (Sentry) {
      const { statusCode } = getHttpResponseFromError(err as Error)
      if (statusCode >= 500) {
        Sentry.withScope((scope) => {
          const requestId = (req as { requestId?: string }).requestId
          if (requestId) scope.setTag("request_id", requestId)
          scope.setTag("http.method", req.method)
          scope.setTag("http.status_code", String(statusCode))
          // The route pattern (`/vendor/products/:id`), not the ids in the URL.
          scope.setContext("request", {
            method: req.method,
            route: req.route?.path ?? req.path,
          })
          Sentry.captureException(err)
        })
      }
    }
    return medusaHandler(err as Error, req, res, next)
  }
}
