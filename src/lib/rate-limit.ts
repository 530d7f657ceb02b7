import { createHash } from "node:crypto"
import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { logger } from "@medusajs/framework/logger"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible"

/**
 * Failed-login limits for Medusa's e-mail/password login routes
 * (`POST /auth/:actor_type/emailpass`, every actor: user, customer, seller).
 *
 * Two counters, each a fixed window of `windowS` seconds from its first
 * failure:
 *  - per account (actor type + e-mail): `failures` failed logins, then 429
 *    until the window ends; a successful login resets it;
 *  - per client IP: `ipFailures` failed logins over any accounts (higher, so
 *    shoppers behind one NAT do not lock each other out quickly); a
 *    successful login does not reset it (else an attacker could clear it
 *    with an account of their own).
 * Only failed logins (a 401 answer) count. An attempt takes its points before
 * it runs and gives them back when it did not fail, so parallel requests
 * cannot get past the limit before the first of them has answered.
 *
 * With Redis the counts are shared by every server process; keys live under
 * `belanjain:rl:login:<namespace>:` (namespace: the database name) and expire
 * with their window. When Redis fails, each process falls back to counting
 * in its own memory until Redis answers again.
 */

export type LoginRateLimitConfig = {
  /** Failed logins per account and window; 0 turns the account limit off. */
  failures: number
  /** Failed logins per IP and window; 0 turns the IP limit off. */
  ipFailures: number
  /** Window length in seconds; 0 turns both limits off. */
  windowS: number
}

export const LOGIN_RATE_LIMIT_DEFAULTS: LoginRateLimitConfig = {
  failures: 5,
  ipFailures: 20,
  windowS: 60,
}

export const LOGIN_KEY_PREFIX = "belanjain:rl:login:"

const ENV_NAMES: Record<keyof LoginRateLimitConfig, string> = {
  failures: "AUTH_RATE_LIMIT_FAILURES",
  ipFailures: "AUTH_RATE_LIMIT_IP_FAILURES",
  windowS: "AUTH_RATE_LIMIT_WINDOW_S",
}

/** Reads the limits from the environment; throws naming a bad variable. */
export function loginRateLimitConfig(
  env: NodeJS.ProcessEnv = process.env
): LoginRateLimitConfig {
  const config = { ...LOGIN_RATE_LIMIT_DEFAULTS }
  for (const field of Object.keys(ENV_NAMES) as (keyof typeof ENV_NAMES)[]) {
    const raw = env[ENV_NAMES[field]]?.trim()
    if (!raw) continue
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(
        `${ENV_NAMES[field]} must be a whole number >= 0 (0 disables), got "${raw}"`
      )
    }
    config[field] = value
  }
  return config
}

/**
 * The account part of a key: actor type and a hash of the trimmed,
 * lower-cased e-mail (no addresses in Redis, bounded key length).
 */
export function accountKey(actorType: string, email: string): string {
  const digest = createHash("sha256")
    .update(email.trim().toLowerCase())
    .digest("hex")
    .slice(0, 32)
  return `${actorType}:${digest}`
}

/** The e-mail of a login body, or undefined when there is none to count by. */
export function loginEmail(body: unknown): string | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return
  const email = (body as { email?: unknown }).email
  if (typeof email !== "string") return
  const trimmed = email.trim()
  return trimmed && trimmed.length <= 320 ? trimmed : undefined
}

export type LoginAttempt = {
  /** From accountKey(); without one only the IP limit applies. */
  account?: string
  ip?: string
}

export type LoginOutcome = "failure" | "success" | "other"

export type LoginDecision =
  | {
      allowed: true
      /** Call once with how the attempt ended. */
      settle: (outcome: LoginOutcome) => Promise<void>
    }
  | { allowed: false; scope: "account" | "ip"; retryAfterS: number }

export type LoginRateLimiterOptions = {
  config: LoginRateLimitConfig
  /** Shared counts in Redis; without it the counts live in this process. */
  redis?: Redis
  /** Separates deployments (and test databases) on one Redis. */
  namespace?: string
}

export class LoginRateLimiter {
  readonly store: "redis" | "memory"
  readonly keyPrefix: string
  private readonly account?: RateLimiterAbstract
  private readonly ip?: RateLimiterAbstract

  constructor({
    config,
    redis,
    namespace = "default",
  }: LoginRateLimiterOptions) {
    this.store = redis ? "redis" : "memory"
    this.keyPrefix = `${LOGIN_KEY_PREFIX}${namespace}:`
    if (config.windowS > 0) {
      const make = (points: number, scope: string) => {
        if (points <= 0) return undefined
        const opts = {
          points,
          duration: config.windowS,
          keyPrefix: `${this.keyPrefix}${scope}`,
        }
        return redis
          ? new RateLimiterRedis({
              ...opts,
              storeClient: redis,
              insuranceLimiter: new RateLimiterMemory(opts),
            })
          : new RateLimiterMemory(opts)
      }
      this.account = make(config.failures, "acct")
      this.ip = make(config.ipFailures, "ip")
    }
  }

  get enabled() {
    return !!(this.account || this.ip)
  }

  /** The Redis key (or memory key) of a counter, as stored. */
  storedKey(scope: "acct" | "ip", key: string) {
    return `${this.keyPrefix}${scope}:${key}`
  }

  /** Takes a point from each counter the attempt is under, or says it is blocked. */
  async begin({ account, ip }: LoginAttempt): Promise<LoginDecision> {
    const taken: [RateLimiterAbstract, string][] = []
    const limits: [
      "account" | "ip",
      RateLimiterAbstract | undefined,
      string?,
    ][] = [
      ["account", this.account, account],
      ["ip", this.ip, ip],
    ]
    for (const [scope, limiter, key] of limits) {
      if (!limiter || !key) continue
      try {
        await limiter.consume(key)
        taken.push([limiter, key])
      } catch (e) {
        // Blocked: the attempt does not run, so give back what it took.
        await Promise.all(taken.map(([l, k]) => l.reward(k)))
        if (e instanceof RateLimiterRes) {
          return {
            allowed: false,
            scope,
            retryAfterS: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
          }
        }
        throw e
      }
    }

    let settled = false
    return {
      allowed: true,
      settle: async (outcome) => {
        if (settled) return
        settled = true
        if (outcome === "failure") return
        await Promise.all(
          taken.map(([limiter, key]) =>
            outcome === "success" && limiter === this.account
              ? limiter.delete(key)
              : limiter.reward(key)
          )
        )
      },
    }
  }

  /** Failed logins counted for an account (or IP) in its current window. */
  async failures(scope: "account" | "ip", key: string): Promise<number> {
    const limiter = scope === "account" ? this.account : this.ip
    const res = limiter ? await limiter.get(key) : null
    return res ? Math.max(0, res.consumedPoints) : 0
  }
}

let redisClient: { url: string; client: Redis } | undefined

/** One Redis client per process, made on first use. */
export function loginRateLimitRedis(url: string): Redis {
  if (redisClient?.url !== url) {
    redisClient?.client.disconnect()
    const client = new Redis(url, {
      // Fail a command soon when Redis is away; the limiter then counts in
      // memory instead of holding the login request.
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    })
    let warned = false
    client.on("error", (e: Error) => {
      if (warned) return
      warned = true
      logger.warn(
        `Login rate limit: Redis error, counting in memory: ${e.message}`
      )
    })
    client.on("ready", () => (warned = false))
    redisClient = { url, client }
  }
  return redisClient.client
}

/** Closes the shared Redis client (tests, scripts). */
export async function closeLoginRateLimitRedis() {
  const current = redisClient
  redisClient = undefined
  if (current) await current.client.quit().catch(() => undefined)
}

let current: LoginRateLimiter | undefined

/** The limiter the login middleware made in this process, if any (tests). */
export function currentLoginRateLimiter() {
  return current
}

/** The database name, so deployments (and test databases) sharing a Redis do not share counts. */
function databaseNamespace(req: MedusaRequest) {
  const { projectConfig } = req.scope.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  try {
    const name = new URL(projectConfig.databaseUrl ?? "").pathname.slice(1)
    if (name) return decodeURIComponent(name)
  } catch {
    // not a URL: fall through
  }
  return projectConfig.databaseName || "default"
}

/**
 * The middleware for `POST /auth/:actor_type/emailpass`. Before the login
 * runs it answers 429 (Retry-After, `too_many_requests`) when the account or
 * the client IP (`req.ip`: with Medusa's `trust proxy` of 1, the address
 * the nearest proxy reports in X-Forwarded-For) is blocked; when the answer
 * is sent it counts a 401 as a failed login and resets the account on
 * success. The limiter, and its Redis client when REDIS_URL is set, is made
 * on the first login.
 */
export function loginRateLimitMiddleware(
  config: LoginRateLimitConfig = loginRateLimitConfig()
) {
  let limiter: LoginRateLimiter | undefined
  const enabled =
    config.windowS > 0 && (config.failures > 0 || config.ipFailures > 0)

  return async function loginRateLimit(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (!enabled) return next()
    if (!limiter) {
      const url = process.env.REDIS_URL
      limiter = new LoginRateLimiter({
        config,
        redis: url ? loginRateLimitRedis(url) : undefined,
        namespace: databaseNamespace(req),
      })
      current = limiter
    }

    const actorType = req.params?.actor_type
    const email = loginEmail(req.body)
    let decision: LoginDecision
    try {
      decision = await limiter.begin({
        account: actorType && email ? accountKey(actorType, email) : undefined,
        ip: req.ip,
      })
    } catch (e) {
      // The limiter must not take logins down with it.
      logger.warn(`Login rate limit skipped: ${(e as Error).message}`)
      return next()
    }

    if (!decision.allowed) {
      const who =
        decision.scope === "account" ? "for this account" : "from this address"
      res.setHeader("Retry-After", String(decision.retryAfterS))
      // A browser client (storefront, seller dashboard) on another origin
      // may read it: CORS hides non-simple response headers otherwise.
      const exposed = res.getHeader("Access-Control-Expose-Headers")
      res.setHeader(
        "Access-Control-Expose-Headers",
        exposed ? `${exposed}, Retry-After` : "Retry-After"
      )
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many failed logins ${who}; try again in ${decision.retryAfterS} s`,
      })
      return
    }

    const { settle } = decision
    const done = () => {
      // A request whose answer was never completely sent counts as failed.
      const outcome: LoginOutcome =
        !res.writableFinished || res.statusCode === 401
          ? "failure"
          : res.statusCode < 300
            ? "success"
            : "other"
      settle(outcome).catch((e: Error) =>
        logger.warn(`Login rate limit: could not record a login: ${e.message}`)
      )
    }
    res.once("finish", done)
    res.once("close", done)
    next()
  }
}
