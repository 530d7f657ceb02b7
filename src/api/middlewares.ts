import { defineMiddlewares } from "@medusajs/framework/http"
import {
  loginRateLimitConfig,
  loginRateLimitMiddleware,
} from "../lib/rate-limit"
import { requestIdMiddleware } from "../lib/request-id"
import { sentryErrorHandler } from "../lib/sentry-error-handler"

/**
 * The app's own middlewares. Medusa collects the `middlewares` file of its
 * core API, of every plugin and of the app and registers them all, so the
 * plugins' middlewares keep applying beside these.
 *
 * Failed-login limits on every actor's e-mail/password login
 * (AUTH_RATE_LIMIT_FAILURES, AUTH_RATE_LIMIT_IP_FAILURES,
 * AUTH_RATE_LIMIT_WINDOW_S; see src/lib/rate-limit.ts). The limits are read
 * here, at boot, so a bad value stops the server naming the variable. The
 * IP limit uses `req.ip`: Medusa sets Express's `trust proxy` to 1, so behind
 * exactly one proxy (load balancer, ingress) it is the client's address from
 * X-Forwarded-For; with no proxy in front a client can choose it, so there
 * run the server behind one (the per-account limit holds either way).
 */
const loginRateLimit = loginRateLimitMiddleware(loginRateLimitConfig())

export default defineMiddlewares({
  // Medusa's own error handler; with SENTRY_DSN set it reports 5xx first.
  errorHandler: sentryErrorHandler(),
  routes: [
    // Every answer carries its X-Request-ID, the id of its log line.
    { matcher: "/*", middlewares: [requestIdMiddleware] },
    {
      methods: ["POST"],
      matcher: "/auth/:actor_type/emailpass",
      middlewares: [loginRateLimit],
    },
  ],
})
