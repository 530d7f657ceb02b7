import Link from "next/link"
import type { Metadata } from "next"
import { ActionForm } from "@/components/action-form"
import { ServerDown } from "@/components/server-down"
import { ShippingChoice } from "@/components/shipping-choice"
import { removeLineItem, updateLineItem } from "@/lib/actions"
import { getCart, getSellerGroups, type SellerGroup } from "@/lib/data"
import { formatMoney } from "@/lib/i18n"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

export const metadata: Metadata = { title: "Keranjang" }

export default async function CartPage() {
  const { t, locale } = await getDict()
  let cart
  let groups: SellerGroup[] = []
  try {
    cart = await getCart()
    if (cart?.items?.length) groups = await getSellerGroups(cart.id)
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
  if (!cart || !cart.items?.length) {
    return (
      <div className="py-12 text-center">
        <h1 className="text-xl font-bold">{t.cart}</h1>
        <p className="mt-2 text-gray-700" data-testid="cart-empty">
          {t.cartEmpty}
        </p>
        <Link
          href="/store"
          className="mt-4 inline-block rounded-md bg-teal-700 px-4 py-3 font-semibold text-white"
        >
          {t.startShopping}
        </Link>
      </div>
    )
  }
  const currency = cart.currency_code
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{t.cart}</h1>
      {groups.map((group) => (
        <section
          key={group.seller?.id ?? "none"}
          aria-label={group.seller?.name ?? "—"}
          data-testid="seller-group"
          className="rounded-lg border border-gray-200 p-4"
        >
          <h2 className="font-semibold">
            {group.seller ? (
              <Link
                href={`/sellers/${group.seller.handle}`}
                className="text-teal-800 underline"
              >
                {group.seller.name}
              </Link>
            ) : (
              "—"
            )}
          </h2>
          <ul className="mt-3 divide-y divide-gray-100">
            {group.items.map((item) => (
              <li
                key={item.id}
                className="flex flex-wrap items-end gap-3 py-3"
                data-testid="cart-line"
              >
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    {item.product_title ?? item.title}
                  </p>
                  <p className="text-sm text-gray-600">{item.variant_title}</p>
                  <p className="text-sm">
                    {formatMoney(item.unit_price, currency, locale)}
                  </p>
                </div>
                <ActionForm
                  action={updateLineItem}
                  hidden={{ line_id: item.id }}
                  submit={t.update}
                  variant="secondary"
                  className="flex items-end gap-2"
                >
                  <label className="flex flex-col text-xs">
                    {t.quantity}
                    <input
                      name="quantity"
                      type="number"
                      min={0}
                      max={99}
                      defaultValue={item.quantity}
                      className="min-h-11 w-20 rounded-md border border-gray-300 px-2"
                    />
                  </label>
                </ActionForm>
                <ActionForm
                  action={removeLineItem}
                  hidden={{ line_id: item.id }}
                  submit={t.remove}
                  toast
                  variant="danger"
                />
              </li>
            ))}
          </ul>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <ShippingChoice
              group={group}
              t={t}
              locale={locale}
              currency={currency}
            />
            <dl className="space-y-1 text-sm sm:text-right">
              <div>
                <dt className="inline">{t.subtotal}: </dt>
                <dd
                  className="inline font-semibold"
                  data-testid="group-subtotal"
                >
                  {formatMoney(group.item_subtotal, currency, locale)}
                </dd>
              </div>
              <div>
                <dt className="inline">{t.shipping}: </dt>
                <dd className="inline">
                  {group.shipping_method
                    ? formatMoney(group.shipping_total, currency, locale)
                    : "—"}
                </dd>
              </div>
            </dl>
          </div>
        </section>
      ))}
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg bg-gray-50 p-4">
        <p className="text-lg">
          {t.total}:{" "}
          <span className="font-bold" data-testid="cart-total">
            {formatMoney(cart.total, currency, locale)}
          </span>
        </p>
        <Link
          href="/checkout"
          className="inline-flex min-h-11 items-center rounded-md bg-teal-700 px-6 font-semibold text-white"
          data-testid="go-checkout"
        >
          {t.checkout}
        </Link>
      </div>
    </div>
  )
}
