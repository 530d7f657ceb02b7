import { createHash } from "node:crypto"
import type {
  ICachingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PageBuilderModules } from "../../../types"
import type PageModuleService from "../../../modules/page/service"

/**
 * The store's view of a published page, cached by slug through Medusa's
 * Caching module (Redis provider with REDIS_URL, in-memory otherwise):
 *  - the entry holds the serialized response body and its ETag, so a hit
 *    costs no query and no serialization;
 *  - a miss (unknown or unpublished slug) is cached too, for
 *    `miss_ttl_seconds`, so random slugs do not reach Postgres each time;
 *  - concurrent misses of one slug in this process share one database read;
 *  - a cache that fails or hangs (Redis down) is skipped after
 *    CACHE_TIMEOUT_MS: the page is read from Postgres;
 *  - every write path calls invalidatePages(), which clears the slug's entry
 *    at once and once more shortly after (a reader that loaded the old row
 *    just before the write cannot leave it cached).
 */
export type PublishedEntry =
  { found: true; etag: string; body: string } | { found: false }

const CACHE_TIMEOUT_MS = 300
/**
 * Clears get longer: a write path can wait, and a clear given up on leaves
 * the old page served until the second clear (SECOND_CLEAR_MS).
 */
const CLEAR_TIMEOUT_MS = 2000
/** Delay of the second clear after a change (see invalidatePages). */
export const SECOND_CLEAR_MS = 750
const inflight = new Map<string, Promise<PublishedEntry>>()

export const pageCacheKey = (slug: string) => `belanjain:page:${slug}`
const pageTag = (slug: string) => `belanjain:page:${slug}`

function caching(container: MedusaContainer): ICachingModuleService | null {
  return container.hasRegistration(Modules.CACHING)
    ? container.resolve<ICachingModuleService>(Modules.CACHING)
    : null
}

/**
 * `p`, or an error after `ms`. The timer's rejection waits for setImmediate:
 * after an event-loop stall of this process (a GC pause, a burst of
 * requests), timers run before the I/O that arrived meanwhile, so a Redis
 * answer already received would otherwise count as a timeout. Deferred, the
 * poll phase delivers it first; only a cache that has really not answered
 * times out.
 */
export function withTimeout<T>(
  p: Promise<T>,
  what: string,
  ms = CACHE_TIMEOUT_MS
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  let immediate: NodeJS.Immediate | undefined
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => {
        immediate = setImmediate(() =>
          reject(new Error(`${what} timed out after ${ms} ms`))
        )
      }, ms)
    }),
  ]).finally(() => {
    clearTimeout(timer)
    if (immediate) clearImmediate(immediate)
  })
}

function warn(container: MedusaContainer, message: string) {
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`page-builder: ${message}`)
}

/** The public JSON of a published page (the version the store serves). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page row from the generated service
export function publicPage(row: Record<string, any>) {
  const published = row.published_content ?? {}
  return {
    id: row.id,
    slug: row.slug,
    title: published.title ?? row.title,
    seo: published.seo ?? { title: null, description: null, image: null },
    content: published.content ?? { root: { props: {} }, content: [] },
    version: row.published_version,
    published_at: row.published_at,
  }
}

export function entityTag(body: string) {
  return `"${createHash("sha1").update(body).digest("base64url")}"`
}

async function loadFromDatabase(
  container: MedusaContainer,
  slug: string
): Promise<PublishedEntry> {
  const pages: PageModuleService = container.resolve(PageBuilderModules.PAGE)
  const [row] = await pages.listPages(
    { slug, status: "published" },
    {
      select: [
        "id",
        "slug",
        "title",
        "published_content",
        "published_version",
        "published_at",
      ],
      take: 1,
    }
  )
  if (!row) return { found: false }
  const body = JSON.stringify({ page: publicPage(row) })
  return { found: true, etag: entityTag(body), body }
}

/** A published page by slug: from the cache, else Postgres (then cached). */
export async function getPublishedPage(
  container: MedusaContainer,
  slug: string
): Promise<PublishedEntry> {
  const pages: PageModuleService = container.resolve(PageBuilderModules.PAGE)
  const { cache } = pages.getOptions()
  const store = cache.enabled ? caching(container) : null
  if (!store) return loadFromDatabase(container, slug)

  const key = pageCacheKey(slug)
  try {
    const hit = (await withTimeout(
      store.get({ key }),
      "cache read"
    )) as PublishedEntry | null
    if (hit && typeof hit === "object" && "found" in hit) return hit
  } catch (e) {
    warn(
      container,
      `cache read failed for "${slug}", reading Postgres: ${(e as Error).message}`
    )
  }

  const running = inflight.get(key)
  if (running) return running
  const load = (async () => {
    const entry = await loadFromDatabase(container, slug)
    try {
      await withTimeout(
        store.set({
          key,
          data: entry,
          ttl: entry.found ? cache.ttl_seconds : cache.miss_ttl_seconds,
          tags: [pageTag(slug)],
        }),
        "cache write"
      )
    } catch (e) {
      warn(
        container,
        `cache write failed for "${slug}": ${(e as Error).message}`
      )
    }
    return entry
  })().finally(() => inflight.delete(key))
  inflight.set(key, load)
  return load
}

/** Clears the cached entries of these slugs, now and once more shortly after. */
export async function invalidatePages(
  container: MedusaContainer,
  slugs: string[]
) {
  const store = caching(container)
  const unique = [...new Set(slugs.filter(Boolean))]
  if (!store || !unique.length) return
  const clear = async () => {
    for (const slug of unique) {
      inflight.delete(pageCacheKey(slug))
      try {
        await withTimeout(
          store.clear({ key: pageCacheKey(slug) }),
          "cache clear",
          CLEAR_TIMEOUT_MS
        )
      } catch (e) {
        warn(
          container,
          `cache clear failed for "${slug}": ${(e as Error).message}`
        )
      }
    }
  }
  await clear()
  setTimeout(() => void clear(), SECOND_CLEAR_MS).unref()
}
