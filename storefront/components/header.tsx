import Link from "next/link"
import type { Dict } from "@/lib/i18n"

export function Header({
  t,
  cartCount,
  signedIn,
  q,
}: {
  t: Dict
  cartCount: number
  signedIn: boolean
  q?: string
}) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-teal-800">
          {t.brand}
        </Link>
        <form
          action="/store"
          method="get"
          role="search"
          className="order-3 flex w-full min-w-0 gap-2 sm:order-none sm:w-auto sm:flex-1"
        >
          <label htmlFor="site-search" className="sr-only">
            {t.search}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t.searchPlaceholder}
            className="min-h-11 w-full min-w-0 rounded-md border border-gray-300 px-3 text-base"
          />
          <button
            type="submit"
            className="min-h-11 rounded-md bg-teal-700 px-4 text-sm font-semibold text-white"
          >
            {t.search}
          </button>
        </form>
        <nav
          aria-label="Main"
          className="ml-auto flex items-center gap-4 text-sm font-medium"
        >
          <Link href="/store" className="hover:underline">
            {t.catalogue}
          </Link>
          <Link href="/vouchers" className="hover:underline">
            {t.vouchers}
          </Link>
          <Link
            href="/account"
            className="hover:underline"
            data-testid="nav-account"
          >
            {signedIn ? t.account : t.login}
          </Link>
          <Link
            href="/cart"
            className="rounded-md bg-gray-100 px-3 py-2 hover:bg-gray-200"
            data-testid="nav-cart"
          >
            {t.cart} <span aria-label={`${cartCount}`}>({cartCount})</span>
          </Link>
        </nav>
      </div>
    </header>
  )
}
