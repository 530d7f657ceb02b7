import Link from "next/link"
import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { ActionForm } from "@/components/action-form"
import { ServerDown } from "@/components/server-down"
import { ShippingChoice } from "@/components/shipping-choice"
import { placeOrder, saveCheckoutAddress } from "@/lib/actions"
import {
  getCart,
  getCustomer,
  getRegion,
  getSellerGroups,
  listPaymentProviders,
  type SellerGroup,
} from "@/lib/data"
import { formatMoney, type Dict } from "@/lib/i18n"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

export const metadata: Metadata = { title: "Checkout" }

function providerLabel(id: string, t: Dict) {
  if (id.includes("midtrans")) return t.payMidtrans
  if (id.includes("stripe")) return t.payStripe
  return t.payManual
}

const input = "min-h-11 w-full rounded-md border border-gray-300 px-3"

export default async function CheckoutPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>
}) {
  const { error } = await searchParams
  const { t, locale } = await getDict()
  let cart
  let groups: SellerGroup[] = []
  let providers: { id: string }[] = []
  let customer
  let countries: { iso_2?: string; display_name?: string }[] = []
  try {
    cart = await getCart()
    if (!cart?.items?.length) redirect("/cart")
    const [g, p, c, region] = await Promise.all([
      getSellerGroups(cart.id),
      listPaymentProviders(cart.region_id!),
      getCustomer(),
      getRegion(),
    ])
    groups = g
    // Stripe needs its card form (Stripe.js), which this storefront does not have yet.
    providers = p.filter((x) => !x.id.includes("stripe"))
    customer = c
    countries = (region?.countries ?? []) as typeof countries
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
  const a = cart.shipping_address
  const currency = cart.currency_code
  const value = (key: string) =>
    ((a as Record<string, unknown> | null | undefined)?.[key] as
      string | undefined) ??
    ((customer as Record<string, unknown> | null)?.[key] as
      string | undefined) ??
    ""

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-8">
        <h1 className="text-xl font-bold">Checkout</h1>
        {error ? (
          <p
            role="alert"
            className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {error}
          </p>
        ) : null}
        <section
          aria-labelledby="address-heading"
          className="rounded-lg border border-gray-200 p-4"
        >
          <h2 id="address-heading" className="mb-3 font-semibold">
            1. {t.contact} & {t.address}
          </h2>
          <ActionForm
            action={saveCheckoutAddress}
            submit={t.saveAddress}
            className="grid gap-3 sm:grid-cols-2"
            testId="address-form"
          >
            <label className="flex flex-col text-sm sm:col-span-2">
              {t.email}
              <input
                name="email"
                type="email"
                autoComplete="email"
                required
                defaultValue={cart.email ?? customer?.email ?? ""}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.firstName}
              <input
                name="first_name"
                autoComplete="given-name"
                required
                defaultValue={value("first_name")}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.lastName}
              <input
                name="last_name"
                autoComplete="family-name"
                required
                defaultValue={value("last_name")}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm sm:col-span-2">
              {t.street}
              <input
                name="address_1"
                autoComplete="address-line1"
                required
                defaultValue={value("address_1")}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.city}
              <input
                name="city"
                autoComplete="address-level2"
                required
                defaultValue={value("city")}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.province}
              <input
                name="province"
                autoComplete="address-level1"
                defaultValue={value("province")}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.postalCode}
              <input
                name="postal_code"
                autoComplete="postal-code"
                required
                defaultValue={value("postal_code")}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.country}
              <select
                name="country_code"
                defaultValue={a?.country_code ?? countries[0]?.iso_2}
                className={`${input} bg-white`}
              >
                {countries.map((c) => (
                  <option key={c.iso_2} value={c.iso_2}>
                    {c.display_name ?? c.iso_2?.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm sm:col-span-2">
              {t.phone}
              <input
                name="phone"
                type="tel"
                autoComplete="tel"
                defaultValue={value("phone")}
                className={input}
              />
            </label>
          </ActionForm>
        </section>
        <section
          aria-labelledby="shipping-heading"
          className="space-y-4 rounded-lg border border-gray-200 p-4"
        >
          <h2 id="shipping-heading" className="font-semibold">
            2. {t.shipping}
          </h2>
          {groups.map((g) => (
            <div
              key={g.seller?.id ?? "none"}
              data-testid="checkout-seller"
              className="border-t border-gray-100 pt-3 first:border-0 first:pt-0"
            >
              <ShippingChoice
                group={g}
                t={t}
                locale={locale}
                currency={currency}
              />
            </div>
          ))}
        </section>
        <section
          aria-labelledby="payment-heading"
          className="rounded-lg border border-gray-200 p-4"
        >
          <h2 id="payment-heading" className="mb-3 font-semibold">
            3. {t.payment}
          </h2>
          {providers.length ? (
            <ActionForm
              action={placeOrder}
              submit={t.placeOrder}
              pending={t.placing}
              className="space-y-3"
              testId="payment-form"
            >
              <fieldset className="space-y-1">
                <legend className="sr-only">{t.payment}</legend>
                {providers.map((p, i) => (
                  <label
                    key={p.id}
                    className="flex min-h-11 items-center gap-2 text-sm"
                  >
                    <input
                      type="radio"
                      name="provider_id"
                      value={p.id}
                      defaultChecked={i === 0}
                      className="h-5 w-5"
                    />
                    {providerLabel(p.id, t)}
                  </label>
                ))}
              </fieldset>
            </ActionForm>
          ) : (
            <p className="text-sm text-gray-700">{t.noPaymentProviders}</p>
          )}
        </section>
      </div>
      <aside
        aria-label={t.total}
        className="h-fit space-y-3 rounded-lg bg-gray-50 p-4"
      >
        {groups.map((g) => (
          <div key={g.seller?.id ?? "none"} className="text-sm">
            <p className="font-semibold">{g.seller?.name}</p>
            <p>
              {t.subtotal}: {formatMoney(g.item_subtotal, currency, locale)}
            </p>
            <p>
              {t.shipping}:{" "}
              {g.shipping_method
                ? formatMoney(g.shipping_total, currency, locale)
                : "—"}
            </p>
          </div>
        ))}
        <p className="border-t border-gray-200 pt-3 text-lg">
          {t.total}:{" "}
          <span className="font-bold">
            {formatMoney(cart.total, currency, locale)}
          </span>
        </p>
        <Link href="/cart" className="text-sm text-teal-800 underline">
          {t.cart}
        </Link>
      </aside>
    </div>
  )
}
