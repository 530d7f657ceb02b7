import { notFound } from "next/navigation"
import { ProductGrid } from "@/components/product-card"
import { ServerDown } from "@/components/server-down"
import { getRegion, getSeller, searchProducts } from "@/lib/data"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

/* eslint-disable @typescript-eslint/no-explicit-any -- seller JSON */
type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props) {
  const { handle } = await params
  const found = await getSeller(handle).catch(() => null)
  return found
    ? {
        title: found.seller.name,
        description: found.seller.description ?? undefined,
      }
    : {}
}

/** A seller's store: its profile and its products (in stock first by the search's order). */
export default async function SellerPage({ params }: Props) {
  const { handle } = await params
  const { t, locale } = await getDict()
  let seller: any
  let products: Awaited<ReturnType<typeof searchProducts>>["products"] = []
  try {
    const [found, region] = await Promise.all([getSeller(handle), getRegion()])
    if (!found) notFound()
    seller = found.seller
    products = (await searchProducts({ seller: handle, limit: 48 }, region?.id))
      .products
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
  return (
    <div className="space-y-6">
      <header className="flex items-center gap-4 rounded-lg bg-teal-50 p-4">
        {seller.logo_url ? (
          <img
            src={seller.logo_url}
            alt=""
            className="h-16 w-16 rounded-full object-cover"
          />
        ) : (
          <div
            aria-hidden="true"
            className="flex h-16 w-16 items-center justify-center rounded-full bg-teal-700 text-2xl font-bold text-white"
          >
            {seller.name.slice(0, 1)}
          </div>
        )}
        <div>
          <h1 className="text-xl font-bold">{seller.name}</h1>
          {seller.description ? (
            <p className="text-sm text-gray-700">{seller.description}</p>
          ) : null}
        </div>
      </header>
      <p className="text-sm text-gray-600">{t.results(products.length)}</p>
      {products.length ? (
        <ProductGrid products={products} t={t} locale={locale} />
      ) : (
        <p>{t.noResults}</p>
      )}
    </div>
  )
}
