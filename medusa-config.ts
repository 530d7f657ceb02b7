import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import {
  assertProductionConfig,
  isProductionEnv,
} from "./src/lib/production-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Production (NODE_ENV=production, as `medusa start` runs) refuses to boot
 * with an unsafe setting: no DATABASE_URL, a missing, well-known or short
 * JWT_SECRET / COOKIE_SECRET, STORE_CORS / ADMIN_CORS / AUTH_CORS unset (the
 * localhost defaults below are for development) or allowing any origin,
 * LOG_LEVEL debug or silly. Every problem is listed at once; see
 * src/lib/production-config.ts. Development and tests are not checked.
 */
const IS_PRODUCTION = isProductionEnv(process.env)
if (IS_PRODUCTION) assertProductionConfig(process.env)

const REDIS_URL = process.env.REDIS_URL
const WORKER_MODE = (process.env.MEDUSA_WORKER_MODE ?? "shared") as
  "shared" | "worker" | "server"

/**
 * Infrastructure modules. With REDIS_URL the caching, event bus, workflow
 * engine and locking modules run on Redis (required when the server and the
 * worker run as separate processes); without it Medusa's in-memory defaults
 * are used, which is right for one local process and for tests.
 */
const CACHE_REDIS_URL = process.env.CACHE_REDIS_URL || REDIS_URL
const cachingModule = CACHE_REDIS_URL
  ? {
      // CACHE_REDIS_URL (default REDIS_URL): the cache may live on its own
      // Redis. Medusa's provider skips a Redis that is down (reads miss).
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl: CACHE_REDIS_URL },
          },
        ],
      },
    }
  : {
      // Without Redis the Caching module keeps its entries in process memory.
      resolve: "@medusajs/medusa/caching",
      options: { in_memory: { enable: true } },
    }
const infrastructureModules = REDIS_URL
  ? [
      cachingModule,
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: REDIS_URL },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: REDIS_URL } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: REDIS_URL },
            },
          ],
        },
      },
    ]
  : [
      cachingModule,
      // Event bus, workflow engine and locking keep Medusa's in-memory defaults.
    ]

/**
 * Fulfillment providers: Medusa's manual provider (id "manual", flat rates)
 * and Belanjain's simulated rates (id "weight" → `belanjain-rates_weight`,
 * weight-based: base + per kg, see the marketplace plugin's
 * providers/shipping-rates). Listing the module replaces Medusa's default
 * configuration of it, so the manual provider is named here too.
 */
const fulfillmentModule = {
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      {
        resolve: "@belanjain/marketplace/providers/shipping-rates",
        id: "weight",
      },
    ],
  },
}

/**
 * Payment providers. Medusa's system provider (`pp_system_default`, manual
 * capture, no external account) is always there. Midtrans joins when
 * MIDTRANS_SERVER_KEY is set (provider `pp_midtrans_midtrans`, notifications at
 * /hooks/payment/midtrans_midtrans); Stripe when both STRIPE_API_KEY and
 * STRIPE_WEBHOOK_SECRET are set (`pp_stripe_stripe`, /hooks/payment/stripe_stripe).
 * The seed offers them per region (Indonesia: Midtrans, elsewhere: Stripe).
 */
const MIDTRANS_ENABLED = !!process.env.MIDTRANS_SERVER_KEY
const STRIPE_ENABLED =
  !!process.env.STRIPE_API_KEY && !!process.env.STRIPE_WEBHOOK_SECRET
const paymentModule = {
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      ...(MIDTRANS_ENABLED
        ? [
            {
              resolve: "@belanjain/payment-midtrans/providers/midtrans",
              id: "midtrans",
              options: {
                server_key: process.env.MIDTRANS_SERVER_KEY,
                client_key: process.env.MIDTRANS_CLIENT_KEY,
                is_production: process.env.MIDTRANS_PRODUCTION === "true",
                base_url: process.env.MIDTRANS_BASE_URL || undefined,
              },
            },
          ]
        : []),
      ...(STRIPE_ENABLED
        ? [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: {
                apiKey: process.env.STRIPE_API_KEY,
                webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
              },
            },
          ]
        : []),
    ],
  },
}

/**
 * Notifications. Medusa's local provider (it logs the message) takes the
 * admin's "feed" and "email" channels, and WhatsApp too unless a WhatsApp
 * transport is configured: WHATSAPP_TRANSPORT=cloud (Meta's WhatsApp Cloud
 * API: WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID) or gateway (a
 * Fonnte-style HTTP gateway: WHATSAPP_GATEWAY_TOKEN, WHATSAPP_GATEWAY_URL).
 * The vouchers plugin sends the codes on both channels.
 */
const WHATSAPP_TRANSPORT = process.env.WHATSAPP_TRANSPORT
const whatsappProvider =
  WHATSAPP_TRANSPORT === "cloud"
    ? {
        transport: "cloud",
        access_token: process.env.WHATSAPP_ACCESS_TOKEN,
        phone_number_id: process.env.WHATSAPP_PHONE_NUMBER_ID,
        api_version: process.env.WHATSAPP_API_VERSION || undefined,
        base_url: process.env.WHATSAPP_BASE_URL || undefined,
        template: process.env.WHATSAPP_TEMPLATE
          ? { name: process.env.WHATSAPP_TEMPLATE }
          : undefined,
      }
    : WHATSAPP_TRANSPORT === "gateway"
      ? {
          transport: "gateway",
          token: process.env.WHATSAPP_GATEWAY_TOKEN,
          url: process.env.WHATSAPP_GATEWAY_URL || undefined,
        }
      : null
if (WHATSAPP_TRANSPORT && !whatsappProvider) {
  throw new Error(
    `WHATSAPP_TRANSPORT must be "cloud" or "gateway", got "${WHATSAPP_TRANSPORT}"`
  )
}
/**
 * E-mail: SendGrid when SENDGRID_API_KEY is set (SENDGRID_FROM the sender,
 * SENDGRID_API_URL e.g. https://api.eu.sendgrid.com for the EU region), else
 * the local provider. Whatever delivers them, the marketplace keeps every
 * e-mail it sends (content, attempts) in its message log:
 * GET /admin/marketplace/messages.
 */
const SENDGRID_ENABLED = !!process.env.SENDGRID_API_KEY
/**
 * Browser push (channel "push"): the marketplace's Web Push provider when
 * both VAPID keys are set (WEB_PUSH_SUBJECT is the contact push services
 * see). Shoppers subscribe at /store/push-subscriptions and get their seller
 * orders' status changes; without the keys nothing is pushed.
 */
const WEB_PUSH_ENABLED =
  !!process.env.WEB_PUSH_VAPID_PUBLIC_KEY &&
  !!process.env.WEB_PUSH_VAPID_PRIVATE_KEY
// Subscription endpoints come from browsers: https: only, so a customer
// cannot make the server POST to internal addresses. Plain http only with
// WEB_PUSH_ALLOW_HTTP_ENDPOINTS=true (a local or test push service).
const WEB_PUSH_ALLOW_HTTP_ENDPOINTS =
  process.env.WEB_PUSH_ALLOW_HTTP_ENDPOINTS === "true"
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: {
          channels: [
            "feed",
            ...(SENDGRID_ENABLED ? [] : ["email"]),
            ...(whatsappProvider ? [] : ["whatsapp"]),
          ],
        },
      },
      ...(SENDGRID_ENABLED
        ? [
            {
              resolve: "@belanjain/marketplace/providers/sendgrid",
              id: "sendgrid",
              options: {
                channels: ["email"],
                api_key: process.env.SENDGRID_API_KEY,
                from: process.env.SENDGRID_FROM,
                api_url: process.env.SENDGRID_API_URL || undefined,
              },
            },
          ]
        : []),
      ...(WEB_PUSH_ENABLED
        ? [
            {
              resolve: "@belanjain/marketplace/providers/web-push",
              id: "web-push",
              options: {
                channels: ["push"],
                vapid_public_key: process.env.WEB_PUSH_VAPID_PUBLIC_KEY,
                vapid_private_key: process.env.WEB_PUSH_VAPID_PRIVATE_KEY,
                subject:
                  process.env.WEB_PUSH_SUBJECT || "mailto:ops@belanjain.local",
                allow_http_endpoints: WEB_PUSH_ALLOW_HTTP_ENDPOINTS,
              },
            },
          ]
        : []),
      ...(whatsappProvider
        ? [
            {
              resolve: "@belanjain/vouchers/providers/whatsapp",
              id: "whatsapp",
              options: { channels: ["whatsapp"], ...whatsappProvider },
            },
          ]
        : []),
    ],
  },
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    workerMode: WORKER_MODE,
    redisUrl: REDIS_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors:
        process.env.ADMIN_CORS ||
        "http://localhost:9000,http://localhost:5173,http://localhost:7001",
      authCors:
        process.env.AUTH_CORS ||
        "http://localhost:9000,http://localhost:8000,http://localhost:5173,http://localhost:7001",
      // Outside production Medusa falls back to a development default when
      // these are unset; in production the check above requires them.
      jwtSecret: process.env.JWT_SECRET || undefined,
      cookieSecret: process.env.COOKIE_SECRET || undefined,
    },
    // Session cookies (admin and seller dashboards): HTTPS only and not sent
    // on cross-site POSTs in production, as Medusa's own default, stated here
    // so it also applies when the cookie is cleared on logout.
    cookieOptions: IS_PRODUCTION ? { secure: true, sameSite: "lax" } : {},
  },
  admin: {
    disable:
      process.env.DISABLE_MEDUSA_ADMIN === "true" || WORKER_MODE === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  // BELANJAIN_DISABLE_PLUGINS=true runs plain Medusa on the same database:
  // the baseline of `npm run bench:checkout`, never for real use.
  plugins:
    process.env.BELANJAIN_DISABLE_PLUGINS === "true"
      ? []
      : [
          {
            resolve: "@belanjain/marketplace",
            options: {
              // Platform commission (percent) for sellers without their own rate.
              default_commission_rate: process.env.MARKETPLACE_COMMISSION_RATE,
              // Transactional e-mail: tries per send and the first back-off.
              notification_attempts: process.env.MARKETPLACE_EMAIL_ATTEMPTS,
              notification_backoff_ms: process.env.MARKETPLACE_EMAIL_BACKOFF_MS,
              // Seller analytics count days in this IANA time zone (default Asia/Jakarta).
              analytics_timezone:
                process.env.MARKETPLACE_ANALYTICS_TIMEZONE || undefined,
              // Where push notifications link to (its /account page).
              storefront_url: process.env.STOREFRONT_URL || undefined,
              // Push subscription endpoints: https: only unless this is true.
              allow_http_endpoints: WEB_PUSH_ALLOW_HTTP_ENDPOINTS,
            },
          },
          // Midtrans notifications that Medusa's own webhook handler leaves
          // alone: failed / expired payments and refunds made in the dashboard.
          { resolve: "@belanjain/payment-midtrans", options: {} },
          // Hotspot vouchers: MikroTik routers, WhatsApp delivery, recovery tools.
          {
            resolve: "@belanjain/vouchers",
            options: {
              credentials_secret:
                process.env.VOUCHERS_CREDENTIALS_SECRET || undefined,
              router_backoff_ms: process.env.VOUCHERS_ROUTER_BACKOFF_MS,
              delivery_backoff_ms: process.env.VOUCHERS_DELIVERY_BACKOFF_MS,
            },
          },
          // Verified-purchase product reviews, moderation, seller replies and
          // `product.rating`; its /vendor routes rely on the marketplace's.
          { resolve: "@belanjain/reviews", options: {} },
          // Pages composed in the admin (Puck), served cached by slug.
          {
            resolve: "@belanjain/page-builder",
            options: {
              cache: { enabled: process.env.PAGES_CACHE !== "false" },
              // PAGES_PREVIEW_SECRET, else a long enough JWT_SECRET, else (not
              // in production) a development key; none: no draft previews.
              preview_secret:
                process.env.PAGES_PREVIEW_SECRET ||
                ((process.env.JWT_SECRET?.length ?? 0) >= 16
                  ? process.env.JWT_SECRET
                  : undefined) ||
                (process.env.NODE_ENV === "production"
                  ? undefined
                  : "belanjain-development-preview-secret"),
            },
          },
          // The audit log: seller approvals, price and stock changes, order
          // status changes, voucher regeneration and page publication.
          { resolve: "@belanjain/audit", options: {} },
        ],
  modules: [
    ...infrastructureModules,
    fulfillmentModule,
    paymentModule,
    notificationModule,
  ],
})
