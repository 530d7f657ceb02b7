import Link from "next/link"
import { notFound } from "next/navigation"
import { TrackEvent } from "@/components/analytics"
import {
  AddToCart,
  type PickerOption,
  type PickerVariant,
} from "@/components/add-to-cart"
import { ProductGrid } from "@/components/product-card"
import { ServerDown } from "@/components/server-down"
import {
  getBoughtTogether,
  getProductByHandle,
  getProductReviews,
  getRegion,
  searchProducts,
} from "@/lib/data"
import { formatMoney } from "@/lib/i18n"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

/* eslint-disable @typescript-eslint/no-explicit-any -- product JSON with linked seller and rating */
type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props) {
  const { handle } = await params
  const region = await getRegion().catch(() => null)
  const product = region
    ? await getProductByHandle(handle, region.id).catch(() => null)
    : null
  return product
    ? { title: product.title, description: product.description ?? undefined }
    : {}
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const { t, locale } = await getDict()
  let product: any
  let reviews: Awaited<ReturnType<typeof getProductReviews>> | null = null
  let more: Awaited<ReturnType<typeof searchProducts>>["products"] = []
  let together: Awaited<ReturnType<typeof getBoughtTogether>> = []
  let currency = "idr"
  try {
    const region = await getRegion()
    if (!region) notFound()
    currency = region.currency_code
    product = await getProductByHandle(handle, region.id)
    if (!product) notFound()
    const [r, fromSeller, boughtTogether] = await Promise.all([
      getProductReviews(product.id).catch(() => null),
      product.seller?.id
        ? searchProducts(
            { seller_id: product.seller.id, limit: 5 },
            region.id
          ).catch(() => null)
        : null,
      // Recommendations are extras: the page shows without them.
      getBoughtTogether(product.id, region.id).catch(() => []),
    ])
    reviews = r
    together = boughtTogether
    more = (fromSeller?.products ?? [])
      .filter((p) => p.id !== product.id)
      .slice(0, 4)
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }

  const options: PickerOption[] = (product.options ?? []).map((o: any) => ({
    id: o.id,
    title: o.title,
    values: (o.values ?? []).map((v: any) => v.value),
  }))
  const variants: PickerVariant[] = (product.variants ?? []).map((v: any) => ({
    id: v.id,
    title: v.title,
    options: Object.fromEntries(
      (v.options ?? []).map((ov: any) => [ov.option_id, ov.value])
    ),
    price_label: formatMoney(
      v.calculated_price?.calculated_amount,
      v.calculated_price?.currency_code ?? currency,
      locale
    ),
    stock:
      v.manage_inventory === false ? null : Number(v.inventory_quantity ?? 0),
  }))
  const prices = (product.variants ?? [])
    .map((v: any) => v.calculated_price?.calculated_amount)
    .filter((n: unknown) => typeof n === "number") as number[]
  const minPrice = prices.length ? Math.min(...prices) : 0
  const images: { id: string; url: string }[] = product.images?.length
    ? product.images
    : product.thumbnail
      ? [{ id: "thumb", url: product.thumbnail }]
      : []
  const specs: { label: string; value: string }[] = Array.isArray(
    product.metadata?.specifications
  )
    ? product.metadata.specifications
    : []
  const rating = reviews?.rating ?? product.rating

  return (
    <article className="space-y-10">
      <TrackEvent
        name="view_item"
        params={{
          currency: currency.toUpperCase(),
          value: minPrice,
          items: [
            {
              item_id: product.id,
              item_name: product.title,
              item_brand: product.seller?.name,
              price: minPrice,
              quantity: 1,
            },
          ],
        }}
      />
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-label="Gallery" className="space-y-2">
          {images.length ? (
            <>
              <img
                src={images[0].url}
                alt={product.title}
                className="aspect-square w-full rounded-lg object-cover"
              />
              {images.length > 1 ? (
                <ul className="flex gap-2 overflow-x-auto">
                  {images.slice(1).map((img) => (
                    <li key={img.id} className="shrink-0">
                      <img
                        src={img.url}
                        alt=""
                        className="h-20 w-20 rounded-md object-cover"
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <div
              aria-hidden="true"
              className="flex aspect-square w-full items-center justify-center rounded-lg bg-gray-100 text-6xl text-gray-500"
            >
              {product.title.slice(0, 1)}
            </div>
          )}
        </section>
        <section className="space-y-4">
          <h1 className="text-2xl font-bold">{product.title}</h1>
          {product.seller ? (
            <p className="text-sm">
              {t.soldBy}{" "}
              <Link
                href={`/sellers/${product.seller.handle}`}
                className="font-semibold text-teal-800 underline"
                data-testid="seller-link"
              >
                {product.seller.name}
              </Link>
            </p>
          ) : null}
          {rating?.count ? (
            <p className="text-sm text-gray-700">
              ★ {t.rating(Number(rating.average).toFixed(1), rating.count)}
            </p>
          ) : null}
          <AddToCart
            options={options}
            variants={variants}
            labels={{
              chooseOption: options.map((o) => t.chooseOption(o.title)),
              quantity: t.quantity,
              addToCart: t.addToCart,
              adding: t.adding,
              outOfStock: t.outOfStock,
              inStock: t.inStock,
              stockLeft: t.stockLeft(-1).replace("-1", "{n}"),
              viewCart: t.viewCart,
            }}
          />
          {product.description ? (
            <section>
              <h2 className="font-semibold">{t.description}</h2>
              <p className="mt-1 whitespace-pre-line text-gray-800">
                {product.description}
              </p>
            </section>
          ) : null}
          {specs.length ? (
            <section>
              <h2 className="font-semibold">{t.specifications}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                {specs.map((s, i) => (
                  <div key={i} className="contents">
                    <dt className="text-gray-600">{s.label}</dt>
                    <dd>{s.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
        </section>
      </div>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading" className="text-lg font-bold">
          {t.reviews}
        </h2>
        {reviews?.reviews.length ? (
          <ul className="mt-3 space-y-4" data-testid="reviews">
            {reviews.reviews.map((r: any) => (
              <li key={r.id} className="rounded-lg border border-gray-200 p-4">
                <p className="font-semibold">
                  {"★".repeat(r.rating)}
                  <span className="sr-only">{r.rating}/5</span> {r.title}
                </p>
                {r.text ? <p className="mt-1 text-gray-800">{r.text}</p> : null}
                <p className="mt-1 text-xs text-gray-600">
                  {r.customer?.first_name}
                </p>
                {r.reply ? (
                  <p className="mt-2 rounded-md bg-gray-50 p-2 text-sm">
                    <span className="font-semibold">{t.sellerReply}:</span>{" "}
                    {r.reply}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-gray-700">{t.noReviews}</p>
        )}
      </section>
      {together.length ? (
        <section
          aria-labelledby="together-heading"
          data-testid="bought-together"
        >
          <h2 id="together-heading" className="mb-3 text-lg font-bold">
            {t.boughtTogether}
          </h2>
          <ProductGrid products={together} t={t} locale={locale} />
        </section>
      ) : null}
      {more.length ? (
        <section aria-labelledby="more-heading">
          <h2 id="more-heading" className="mb-3 text-lg font-bold">
            {t.moreFromSeller}
          </h2>
          <ProductGrid products={more} t={t} locale={locale} />
        </section>
      ) : null}
    </article>
  )
}
