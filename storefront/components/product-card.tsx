import Link from "next/link"
import type { SearchHit } from "@/lib/data"
import { formatMoney, type Dict, type Locale } from "@/lib/i18n"

export function ProductCard({
  product,
  t,
  locale,
}: {
  product: SearchHit
  t: Dict
  locale: Locale
}) {
  return (
    <li
      className="flex flex-col overflow-hidden rounded-lg border border-gray-200 bg-white"
      data-testid="product-card"
    >
      <Link
        href={`/products/${product.handle}`}
        className="flex flex-1 flex-col"
      >
        <div className="flex aspect-square items-center justify-center bg-gray-100 text-3xl text-gray-500">
          {product.thumbnail ? (
            <img
              src={product.thumbnail}
              alt=""
              className="h-full w-full object-cover"
            />
          ) : (
            <span aria-hidden="true">{product.title.slice(0, 1)}</span>
          )}
        </div>
        <div className="flex flex-1 flex-col gap-1 p-3">
          <h3 className="line-clamp-2 text-sm font-medium">{product.title}</h3>
          <p className="font-semibold text-teal-800">
            {product.price
              ? formatMoney(
                  product.price.amount,
                  product.price.currency_code,
                  locale
                )
              : "—"}
          </p>
          <p className="text-xs text-gray-600">{product.seller?.name}</p>
          <p
            className={`text-xs font-medium ${product.in_stock ? "text-emerald-700" : "text-red-700"}`}
          >
            {product.in_stock ? t.inStock : t.outOfStock}
          </p>
        </div>
      </Link>
    </li>
  )
}

export function ProductGrid({
  products,
  t,
  locale,
}: {
  products: SearchHit[]
  t: Dict
  locale: Locale
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} t={t} locale={locale} />
      ))}
    </ul>
  )
}
