import Link from "next/link"
import type { Metadata } from "next"
import { ProductGrid } from "@/components/product-card"
import { ServerDown } from "@/components/server-down"
import {
  getRegion,
  listCategories,
  searchProducts,
  type SearchResult,
} from "@/lib/data"
import { getDict } from "@/lib/locale"
import { isBackendDown, messageOf } from "@/lib/sdk"

export const metadata: Metadata = { title: "Katalog" }

const PAGE_SIZE = 12
const SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
  "popularity",
] as const

type Query = Record<string, string | string[] | undefined>
const one = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v[0] : v)?.trim() || undefined
const money = (v: string | undefined) =>
  v && /^\d+(\.\d+)?$/.test(v) ? Number(v) : undefined

/** Catalogue: keyword, category, seller, price range, in stock, sort; every choice is in the URL. */
export default async function Catalogue({
  searchParams,
}: {
  searchParams: Promise<Query>
}) {
  const sp = await searchParams
  const { t, locale } = await getDict()
  const q = one(sp.q)
  const category = one(sp.category)
  const seller = one(sp.seller)
  const min = money(one(sp.min_price))
  const max = money(one(sp.max_price))
  const inStock = one(sp.in_stock) === "1"
  const sortParam = one(sp.sort)
  const sort = SORTS.find((s) => s === sortParam && (s !== "relevance" || q))
  const page = Math.max(1, Number(one(sp.page)) || 1)

  let result: SearchResult
  let categories: Awaited<ReturnType<typeof listCategories>>
  let error: string | null = null
  try {
    const region = await getRegion()
    categories = await listCategories()
    result = await searchProducts(
      {
        q,
        category_id: category,
        seller,
        min_price: min,
        max_price: max,
        in_stock: inStock,
        sort,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      },
      region?.id
    ).catch((e) => {
      if (isBackendDown(e)) throw e
      error = messageOf(e, t.somethingWrong)
      return {
        products: [],
        count: 0,
        offset: 0,
        limit: PAGE_SIZE,
        facets: { categories: [], sellers: [] },
      }
    })
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }

  const pages = Math.max(1, Math.ceil(result.count / PAGE_SIZE))
  const link = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams()
    const current: Record<string, string | undefined> = {
      q,
      category,
      seller,
      min_price: min?.toString(),
      max_price: max?.toString(),
      in_stock: inStock ? "1" : undefined,
      sort,
      page: page > 1 ? String(page) : undefined,
    }
    for (const [k, v] of Object.entries({ ...current, ...changes }))
      if (v) params.set(k, v)
    const s = params.toString()
    return s ? `/store?${s}` : "/store"
  }
  const categoryName = (id: string) =>
    categories.find((c) => c.id === id)?.name ?? id

  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <aside aria-label="Filter" className="space-y-6">
        <form
          action="/store"
          method="get"
          className="space-y-4"
          data-testid="filters"
        >
          {q ? <input type="hidden" name="q" value={q} /> : null}
          {category ? (
            <input type="hidden" name="category" value={category} />
          ) : null}
          {seller ? <input type="hidden" name="seller" value={seller} /> : null}
          <fieldset className="space-y-2">
            <legend className="font-semibold">{t.priceRange}</legend>
            <div className="flex gap-2">
              <label className="flex min-w-0 flex-1 flex-col text-sm">
                {t.minPrice}
                <input
                  name="min_price"
                  inputMode="numeric"
                  defaultValue={min ?? ""}
                  className="min-h-11 w-full rounded-md border border-gray-300 px-2"
                />
              </label>
              <label className="flex min-w-0 flex-1 flex-col text-sm">
                {t.maxPrice}
                <input
                  name="max_price"
                  inputMode="numeric"
                  defaultValue={max ?? ""}
                  className="min-h-11 w-full rounded-md border border-gray-300 px-2"
                />
              </label>
            </div>
          </fieldset>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="in_stock"
              value="1"
              defaultChecked={inStock}
              className="h-5 w-5"
            />
            {t.inStockOnly}
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t.sort}
            <select
              name="sort"
              defaultValue={sort ?? ""}
              className="min-h-11 rounded-md border border-gray-300 bg-white px-2"
            >
              <option value="">{q ? t.sortRelevance : t.sortNewest}</option>
              <option value="newest">{t.sortNewest}</option>
              <option value="price_asc">{t.sortPriceAsc}</option>
              <option value="price_desc">{t.sortPriceDesc}</option>
              <option value="popularity">{t.sortBestSelling}</option>
            </select>
          </label>
          <div className="flex gap-2">
            <button
              type="submit"
              className="min-h-11 flex-1 rounded-md bg-teal-700 px-4 text-sm font-semibold text-white"
            >
              {t.apply}
            </button>
            <Link
              href="/store"
              className="inline-flex min-h-11 items-center rounded-md border border-gray-300 px-4 text-sm"
            >
              {t.reset}
            </Link>
          </div>
        </form>
        <nav aria-label={t.categories}>
          <h2 className="font-semibold">{t.categories}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link
                href={link({ category: undefined, page: undefined })}
                aria-current={!category ? "true" : undefined}
                className={!category ? "font-semibold" : ""}
              >
                {t.allCategories}
              </Link>
            </li>
            {result.facets.categories.map((f) => (
              <li key={f.id}>
                <Link
                  href={link({ category: f.id, page: undefined })}
                  aria-current={category === f.id ? "true" : undefined}
                  className={
                    category === f.id ? "font-semibold text-teal-800" : ""
                  }
                >
                  {categoryName(f.id)} ({f.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t.sellers}>
          <h2 className="font-semibold">{t.sellers}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <Link
                href={link({ seller: undefined, page: undefined })}
                className={!seller ? "font-semibold" : ""}
              >
                {t.allSellers}
              </Link>
            </li>
            {result.facets.sellers.map((f) => (
              <li key={f.id}>
                <Link
                  href={link({
                    seller: f.handle ?? undefined,
                    page: undefined,
                  })}
                  className={
                    seller === f.handle ? "font-semibold text-teal-800" : ""
                  }
                >
                  {f.name} ({f.count})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <section aria-labelledby="results-heading">
        <h1 id="results-heading" className="text-xl font-bold">
          {q ? `“${q}”` : t.catalogue}
        </h1>
        <p className="text-sm text-gray-600" data-testid="result-count">
          {t.results(result.count)}
        </p>
        {error ? (
          <p
            role="alert"
            className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {error}
          </p>
        ) : null}
        {result.products.length ? (
          <div className="mt-4">
            <ProductGrid products={result.products} t={t} locale={locale} />
          </div>
        ) : (
          <p className="mt-8 text-gray-700">{t.noResults}</p>
        )}
        {pages > 1 ? (
          <nav
            aria-label="Pagination"
            className="mt-6 flex items-center justify-between text-sm"
          >
            {page > 1 ? (
              <Link
                href={link({ page: String(page - 1) })}
                className="rounded-md border px-3 py-2"
              >
                {t.previous}
              </Link>
            ) : (
              <span />
            )}
            <span>{t.page(page, pages)}</span>
            {page < pages ? (
              <Link
                href={link({ page: String(page + 1) })}
                className="rounded-md border px-3 py-2"
              >
                {t.next}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  )
}
