import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import Router from "./models/router"
import Voucher from "./models/voucher"
import VoucherDelivery from "./models/voucher-delivery"
import VoucherPackage from "./models/voucher-package"
import VoucherPurchase from "./models/voucher-purchase"
import { DELIVERY_CHANNELS, type DeliveryChannel } from "../../types"
import { decryptSecret, encryptSecret } from "./utils/credentials"
import type {
  RouterApiKind,
  RouterConnection,
} from "../../providers/router/types"

/** Options of @belanjain/vouchers (plugin options reach this module). */
export type VouchersModuleOptions = {
  /**
   * Secret that encrypts router passwords stored in the database
   * (VOUCHERS_CREDENTIALS_SECRET). Without it, routers must reference their
   * password from the environment (`password_env`).
   */
  credentials_secret?: string
  /** Router calls: attempts per call (default 3) and first back-off (ms, default 500, doubled each retry). */
  router_attempts?: number
  router_backoff_ms?: number
  /** Delivery: attempts per send (default 3) and first back-off (ms, default 1000). */
  delivery_attempts?: number
  delivery_backoff_ms?: number
  /** Router request time-out (ms, default 10 000). */
  router_timeout_ms?: number
  /** Channels the codes are sent on (default ["whatsapp", "email"]). */
  delivery_channels?: DeliveryChannel[]
  /** Pending purchases still unpaid after this many hours fail as abandoned (default 48). */
  abandoned_after_hours?: number
  /** Failed purchases are archived after this many days (default 30). */
  failed_retention_days?: number
}

export type ResolvedVouchersOptions = Required<
  Omit<VouchersModuleOptions, "credentials_secret">
> & { credentials_secret?: string }

function channelsOption(value: unknown): DeliveryChannel[] {
  if (value === undefined || value === null) return ["whatsapp", "email"]
  const list =
    typeof value === "string"
      ? value
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : value
  if (
    !Array.isArray(list) ||
    !list.every((c) => (DELIVERY_CHANNELS as readonly string[]).includes(c))
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `@belanjain/vouchers option delivery_channels must list ${DELIVERY_CHANNELS.join(" and/or ")}, got ${JSON.stringify(value)}`
    )
  }
  return list as DeliveryChannel[]
}

function positive(
  name: string,
  value: unknown,
  fallback: number,
  min = 0
): number {
  if (value === undefined || value === null || value === "") return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `@belanjain/vouchers option ${name} must be an integer ≥ ${min}, got "${String(value)}"`
    )
  }
  return n
}

export function resolveVouchersOptions(
  options: VouchersModuleOptions = {}
): ResolvedVouchersOptions {
  return {
    credentials_secret:
      options.credentials_secret ||
      process.env.VOUCHERS_CREDENTIALS_SECRET ||
      undefined,
    router_attempts: positive("router_attempts", options.router_attempts, 3, 1),
    router_backoff_ms: positive(
      "router_backoff_ms",
      options.router_backoff_ms,
      500
    ),
    delivery_attempts: positive(
      "delivery_attempts",
      options.delivery_attempts,
      3,
      1
    ),
    delivery_backoff_ms: positive(
      "delivery_backoff_ms",
      options.delivery_backoff_ms,
      1000
    ),
    router_timeout_ms: positive(
      "router_timeout_ms",
      options.router_timeout_ms,
      10_000,
      1
    ),
    delivery_channels: channelsOption(options.delivery_channels),
    abandoned_after_hours: positive(
      "abandoned_after_hours",
      options.abandoned_after_hours,
      48,
      1
    ),
    failed_retention_days: positive(
      "failed_retention_days",
      options.failed_retention_days,
      30
    ),
  }
}

type RouterRow = {
  id: string
  name: string
  host: string
  port: number | null
  api_kind: RouterApiKind
  use_tls: boolean
  tls_verify: boolean
  username: string
  password_encrypted: string | null
  password_env: string | null
  is_active: boolean
}

/** Router fields the API may return: never the password or its source value. */
export const PUBLIC_ROUTER_FIELDS = [
  "id",
  "name",
  "host",
  "port",
  "api_kind",
  "use_tls",
  "tls_verify",
  "username",
  "password_env",
  "hotspot_server",
  "is_active",
  "metadata",
  "created_at",
  "updated_at",
] as const

class VouchersModuleService extends MedusaService({
  VoucherRouter: Router,
  VoucherPackage,
  VoucherPurchase,
  Voucher,
  VoucherDelivery,
}) {
  protected readonly options_: ResolvedVouchersOptions

  constructor(
    container: Record<string, unknown>,
    options: VouchersModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveVouchersOptions(options)
  }

  getOptions(): ResolvedVouchersOptions {
    return this.options_
  }

  /** Encrypts a router password for storage; refuses without a secret. */
  sealRouterPassword(plain: string): string {
    const secret = this.options_.credentials_secret
    if (!secret) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "password cannot be stored: set VOUCHERS_CREDENTIALS_SECRET (the plugin's credentials_secret option), or give password_env, the name of an environment variable holding the password"
      )
    }
    return encryptSecret(plain, secret)
  }

  /** How to reach a router, with its password resolved. Internal: never return it from an API. */
  async getRouterConnection(
    routerId: string
  ): Promise<{ kind: RouterApiKind; connection: RouterConnection }> {
    const router = (await this.retrieveVoucherRouter(routerId)) as RouterRow
    let password: string | undefined
    if (router.password_env) {
      password = process.env[router.password_env]
      if (password === undefined) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `router ${router.name}: the environment variable ${router.password_env} (password_env) is not set`
        )
      }
    } else if (router.password_encrypted) {
      const secret = this.options_.credentials_secret
      if (!secret) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `router ${router.name}: its stored password needs VOUCHERS_CREDENTIALS_SECRET`
        )
      }
      password = decryptSecret(router.password_encrypted, secret)
    }
    return {
      kind: router.api_kind,
      connection: {
        host: router.host,
        port: router.port,
        use_tls: router.use_tls,
        tls_verify: router.tls_verify,
        username: router.username,
        password: password ?? "",
        timeout_ms: this.options_.router_timeout_ms,
      },
    }
  }
}

export default VouchersModuleService
