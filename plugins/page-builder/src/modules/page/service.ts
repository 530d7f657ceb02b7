import { MedusaService } from "@medusajs/framework/utils"
import Page from "./models/page"
import PageVersion from "./models/page-version"

export type PageBuilderOptions = {
  cache?: {
    /** false: the store route always reads Postgres (the benchmark's baseline). */
    enabled?: boolean
    /** Seconds a published page stays cached (invalidated on every change anyway). */
    ttl_seconds?: number
    /** Seconds an unknown slug is remembered as missing. */
    miss_ttl_seconds?: number
  }
  /** HMAC key of the draft preview tokens. */
  preview_secret?: string
  /** Lifetime of a preview token. */
  preview_ttl_seconds?: number
}

export type ResolvedPageBuilderOptions = {
  cache: { enabled: boolean; ttl_seconds: number; miss_ttl_seconds: number }
  preview_secret: string | null
  preview_ttl_seconds: number
}

function positive(name: string, value: unknown, fallback: number) {
  if (value === undefined || value === null || value === "") return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) {
    throw new Error(
      `@belanjain/page-builder: option ${name} must be a positive number, got ${JSON.stringify(value)}`
    )
  }
  return n
}

export function resolveOptions(
  options: PageBuilderOptions = {}
): ResolvedPageBuilderOptions {
  const secret = options.preview_secret ?? null
  if (secret !== null && (typeof secret !== "string" || secret.length < 16)) {
    throw new Error(
      "@belanjain/page-builder: option preview_secret must be a string of at least 16 characters"
    )
  }
  return {
    cache: {
      enabled: options.cache?.enabled !== false,
      ttl_seconds: positive(
        "cache.ttl_seconds",
        options.cache?.ttl_seconds,
        3600
      ),
      miss_ttl_seconds: positive(
        "cache.miss_ttl_seconds",
        options.cache?.miss_ttl_seconds,
        10
      ),
    },
    preview_secret: secret,
    preview_ttl_seconds: positive(
      "preview_ttl_seconds",
      options.preview_ttl_seconds,
      3600
    ),
  }
}

class PageModuleService extends MedusaService({ Page, PageVersion }) {
  protected readonly options_: ResolvedPageBuilderOptions

  constructor(
    container: Record<string, unknown>,
    options?: PageBuilderOptions
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveOptions(options)
  }

  getOptions(): ResolvedPageBuilderOptions {
    return this.options_
  }
}

export default PageModuleService
