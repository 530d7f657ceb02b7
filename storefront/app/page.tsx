import Link from "next/link"
import { PageView } from "@/components/page-view"
import { ProductGrid } from "@/components/product-card"
import { ServerDown } from "@/components/server-down"
import { resolveBlocks } from "@/lib/blocks"
import { getPage, getRegion, listCategories, searchProducts } from "@/lib/data"
import { getDict } from "@/lib/locale"
import { pageMetadata } from "@/lib/page-meta"
import { isBackendDown } from "@/lib/sdk"

export async function generateMetadata() {
  return pageMetadata(await getPage("home").catch(() => null))
}

/** Home: the page builder's "home" page; without one, categories and the newest products. */
export default async function Home() {
  const { t, locale } = await getDict()
  try {
    const [page, region] = await Promise.all([getPage("home"), getRegion()])
    if (page) {
      const resolved = await resolveBlocks(page.content, region?.id, locale)
      return <PageView content={page.content} resolved={resolved} />
    }
    const [categories, newest] = await Promise.all([
      listCategories(),
      searchProducts({ limit: 8 }, region?.id),
    ])
    return (
      <div className="space-y-8">
        <section>
          <h1 className="text-2xl font-bold">{t.popularCategories}</h1>
          <ul className="mt-3 flex flex-wrap gap-2">
            {categories.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/store?category=${c.id}`}
                  className="inline-block rounded-full bg-teal-50 px-4 py-2 text-teal-900"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <ProductGrid products={newest.products} t={t} locale={locale} />
      </div>
    )
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
}
