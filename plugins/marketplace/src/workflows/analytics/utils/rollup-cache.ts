import type {
  ICachingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * The rollup's past days, cached through Medusa's Caching module (Redis with
 * REDIS_URL, process memory otherwise). Past days change only when a
 * recompute replaces them (recomputeSellerSalesDaysStep), which clears the
 * entries of its sellers — so a dashboard reads Postgres for today only.
 *
 * Every entry is tagged `belanjain:analytics` and, per seller it covers,
 * `belanjain:analytics:seller:<id>` (platform-wide reads:
 * `belanjain:analytics:all`). A reader that loaded rows just before a
 * recompute's commit could put them back after the clear: the clear is
 * repeated shortly after, and entries expire after ROLLUP_CACHE_TTL_S anyway.
 * A cache that fails or hangs is skipped (the rows come from Postgres).
 */
export const ROLLUP_CACHE_TTL_S = 300
const TIMEOUT_MS = 300
const SECOND_CLEAR_MS = 750
const ALL = "belanjain:analytics"
const sellerTag = (id: string) => `${ALL}:seller:${id}`
const PLATFORM_TAG = `${ALL}:all`

function caching(container: MedusaContainer): ICachingModuleService | null {
  return container.hasRegistration(Modules.CACHING)
    ? container.resolve<ICachingModuleService>(Modules.CACHING)
    : null
}

async function within<T>(container: MedusaContainer, p: Promise<T>) {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)),
          TIMEOUT_MS
        )
      }),
    ])
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`seller analytics cache skipped: ${(e as Error).message}`)
    return undefined
  } finally {
    clearTimeout(timer)
  }
}

/** `load()`'s result for these rollup reads, from the cache when present. */
export async function cachedRollupRead<T>(
  container: MedusaContainer,
  read: { name: string; seller_ids?: string[]; parts: unknown[] },
  load: () => Promise<T>
): Promise<T> {
  const store = caching(container)
  if (!store) return load()
  const sellers = read.seller_ids ? [...read.seller_ids].sort() : null
  const key = `${ALL}:${read.name}:${JSON.stringify([sellers, ...read.parts])}`
  const hit = await within(container, store.get({ key }))
  if (hit && typeof hit === "object" && "rows" in hit) {
    return (hit as { rows: T }).rows
  }
  const rows = await load()
  await within(
    container,
    store.set({
      key,
      data: { rows },
      ttl: ROLLUP_CACHE_TTL_S,
      tags: [ALL, ...(sellers ? sellers.map(sellerTag) : [PLATFORM_TAG])],
    })
  )
  return rows
}

/**
 * Clears the cached reads that may contain these sellers' rollup rows (and
 * every platform-wide read); every entry when `seller_ids` is absent. Called
 * after the rows are written, and once more shortly after.
 */
export async function invalidateRollupCache(
  container: MedusaContainer,
  seller_ids?: string[]
) {
  const store = caching(container)
  if (!store) return
  const tags = seller_ids ? [PLATFORM_TAG, ...seller_ids.map(sellerTag)] : [ALL]
  const clear = () => within(container, store.clear({ tags }))
  await clear()
  setTimeout(() => void clear(), SECOND_CLEAR_MS).unref()
}
