import "server-only"

/**
 * Runtime settings, read on the server at request time (never inlined into
 * the browser bundle), so one build serves any backend and any analytics ids.
 */
export const config = {
  /** The Medusa server. */
  backendUrl: (
    process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  ).replace(/\/$/, ""),
  /** The store's publishable API key (`npm run dev` passes the demo's). */
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY || "",
  /** Currency of the region used when the shopper has not chosen one. */
  defaultCurrency: (
    process.env.STOREFRONT_DEFAULT_CURRENCY || "idr"
  ).toLowerCase(),
  analytics: {
    ga4: process.env.GA4_MEASUREMENT_ID || "",
    metaPixel: process.env.META_PIXEL_ID || "",
    posthogKey: process.env.POSTHOG_API_KEY || "",
    posthogHost: process.env.POSTHOG_HOST || "https://us.i.posthog.com",
  },
  /** Web push of order updates: the server's VAPID public key, off when unset. */
  vapidPublicKey: process.env.WEB_PUSH_VAPID_PUBLIC_KEY || "",
  /** Error reporting (server and browser), off without a DSN. */
  sentry: {
    dsn: process.env.SENTRY_DSN || "",
    environment: process.env.SENTRY_ENVIRONMENT || process.env.NODE_ENV,
  },
}
