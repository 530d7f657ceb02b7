import Link from "next/link"
import type { Metadata } from "next"
import { ActionForm } from "@/components/action-form"
import { ServerDown } from "@/components/server-down"
import { PushOptIn } from "@/components/push-opt-in"
import {
  addAddress,
  cancelOrder,
  confirmReceipt,
  login,
  logout,
  register,
  updateProfile,
  writeReview,
} from "@/lib/actions"
import {
  getCustomer,
  getOrderVouchers,
  listMyReviews,
  listOrderGroups,
} from "@/lib/data"
import { formatMoney, type Dict } from "@/lib/i18n"
import { config } from "@/lib/config"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

/* eslint-disable @typescript-eslint/no-explicit-any -- order group JSON */
export const metadata: Metadata = { title: "Akun" }

const input = "min-h-11 w-full rounded-md border border-gray-300 px-3"

function SignIn({ t }: { t: Dict }) {
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <section
        aria-labelledby="login-heading"
        className="rounded-lg border border-gray-200 p-4"
      >
        <h1 id="login-heading" className="mb-3 text-xl font-bold">
          {t.login}
        </h1>
        <p className="mb-3 text-sm text-gray-700">{t.haveAccount}</p>
        <ActionForm
          action={login}
          submit={t.login}
          pending={t.loading}
          className="space-y-3"
          testId="login-form"
        >
          <label className="flex flex-col text-sm">
            {t.email}
            <input
              name="email"
              type="email"
              autoComplete="email"
              required
              className={input}
            />
          </label>
          <label className="flex flex-col text-sm">
            {t.password}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className={input}
            />
          </label>
        </ActionForm>
      </section>
      <section
        aria-labelledby="register-heading"
        className="rounded-lg border border-gray-200 p-4"
      >
        <h2 id="register-heading" className="mb-3 text-xl font-bold">
          {t.register}
        </h2>
        <p className="mb-3 text-sm text-gray-700">{t.newHere}</p>
        <ActionForm
          action={register}
          submit={t.register}
          pending={t.loading}
          className="grid gap-3 sm:grid-cols-2"
          testId="register-form"
        >
          <label className="flex flex-col text-sm">
            {t.firstName}
            <input
              name="first_name"
              autoComplete="given-name"
              required
              className={input}
            />
          </label>
          <label className="flex flex-col text-sm">
            {t.lastName}
            <input
              name="last_name"
              autoComplete="family-name"
              className={input}
            />
          </label>
          <label className="flex flex-col text-sm sm:col-span-2">
            {t.email}
            <input
              name="email"
              type="email"
              autoComplete="email"
              required
              className={input}
            />
          </label>
          <label className="flex flex-col text-sm sm:col-span-2">
            {t.phone}
            <input
              name="phone"
              type="tel"
              autoComplete="tel"
              className={input}
            />
          </label>
          <label className="flex flex-col text-sm sm:col-span-2">
            {t.password}
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={8}
              required
              className={input}
            />
          </label>
        </ActionForm>
      </section>
    </div>
  )
}

function SellerOrder({
  order,
  groupId,
  currency,
  reviewed,
  vouchers,
  t,
  locale,
}: any) {
  const status: string = order.status
  return (
    <li
      className="rounded-md border border-gray-200 p-3"
      data-testid="account-order"
      data-order-id={order.id}
      data-status={status}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">
          {t.orderNumber(order.display_id)} · {order.seller?.name}
        </p>
        <p className="text-sm">
          {t.status}:{" "}
          <span className="font-semibold" data-testid="order-status">
            {t.statusLabel[status] ?? status}
          </span>
        </p>
      </div>
      <ul className="mt-2 text-sm text-gray-800">
        {order.items.map((i: any) => (
          <li key={i.id}>
            {i.quantity} × {i.product_title ?? i.title}{" "}
            {i.variant_title ? `(${i.variant_title})` : ""} —{" "}
            {formatMoney(i.total, currency, locale)}
          </li>
        ))}
      </ul>
      {order.tracking?.tracking_number ? (
        <p className="mt-1 text-sm">
          {t.tracking}: {order.tracking.tracking_number}
        </p>
      ) : null}
      {vouchers?.length ? (
        <div className="mt-2 text-sm">
          <p className="font-semibold">{t.vouchersOfOrder}</p>
          <ul>
            {vouchers.flatMap((p: any) =>
              (p.vouchers ?? []).map((v: any) => (
                <li key={v.code} className="font-mono">
                  {v.code}
                  {v.password && v.password !== v.code
                    ? ` / ${v.password}`
                    : ""}
                </li>
              ))
            )}
          </ul>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-3">
        {status === "pending" ? (
          <ActionForm
            action={cancelOrder}
            hidden={{ group_id: groupId, order_id: order.id }}
            submit={t.cancelOrder}
            variant="danger"
            confirm={t.confirmCancel}
            testId="cancel-order"
            toast
          />
        ) : null}
        {status === "shipped" ? (
          <ActionForm
            action={confirmReceipt}
            hidden={{ group_id: groupId, order_id: order.id }}
            submit={t.confirmReceipt}
            toast
            testId="confirm-receipt"
          />
        ) : null}
      </div>
      {status === "delivered"
        ? order.items
            .filter((i: any) => i.product_id && !reviewed.has(i.product_id))
            .map((i: any) => (
              <details
                key={i.id}
                className="mt-3 rounded-md bg-gray-50 p-3"
                data-testid="review-box"
              >
                <summary className="cursor-pointer text-sm font-semibold">
                  {t.writeReview}: {i.product_title ?? i.title}
                </summary>
                <ActionForm
                  action={writeReview}
                  hidden={{ product_id: i.product_id }}
                  submit={t.sendReview}
                  toast
                  className="mt-2 space-y-2"
                  testId="review-form"
                >
                  <label className="flex flex-col text-sm">
                    {t.yourRating}
                    <select
                      name="rating"
                      defaultValue="5"
                      className={`${input} bg-white`}
                    >
                      {[5, 4, 3, 2, 1].map((n) => (
                        <option key={n} value={n}>
                          {"★".repeat(n)} ({n})
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="flex flex-col text-sm">
                    {t.reviewTitle}
                    <input name="title" maxLength={200} className={input} />
                  </label>
                  <label className="flex flex-col text-sm">
                    {t.reviewText}
                    <textarea
                      name="text"
                      rows={3}
                      maxLength={5000}
                      className="w-full rounded-md border border-gray-300 px-3 py-2"
                    />
                  </label>
                </ActionForm>
              </details>
            ))
        : null}
    </li>
  )
}

export default async function AccountPage() {
  const { t, locale } = await getDict()
  let customer
  let groups: any[] = []
  let reviewed = new Set<string>()
  const vouchers = new Map<string, any[]>()
  try {
    customer = await getCustomer()
    if (!customer) return <SignIn t={t} />
    const [g, mine] = await Promise.all([
      listOrderGroups(),
      listMyReviews().catch(() => []),
    ])
    groups = g
    reviewed = new Set(
      mine.map((r: any) => r.product_id ?? r.product?.id).filter(Boolean)
    )
    // Voucher codes of the newest checkouts.
    await Promise.all(
      groups
        .slice(0, 5)
        .flatMap((grp) => grp.orders)
        .map(async (o: any) => {
          const purchases = await getOrderVouchers(o.id).catch(() => [])
          if (purchases.length) vouchers.set(o.id, purchases)
        })
    )
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-bold">
          {t.welcome(customer.first_name || customer.email)}
        </h1>
        <form action={logout}>
          <button
            type="submit"
            className="min-h-11 rounded-md border border-gray-300 px-4 text-sm"
          >
            {t.logout}
          </button>
        </form>
      </div>
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="mb-3 text-lg font-bold">
          {t.myOrders}
        </h2>
        {groups.length ? (
          <ul className="space-y-4">
            {groups.map((g) => (
              <li
                key={g.id}
                className="rounded-lg border border-gray-200 p-4"
                data-testid="order-group"
              >
                <p className="mb-2 text-sm text-gray-700">
                  {t.checkoutOf(
                    new Date(g.created_at).toLocaleDateString(
                      locale === "id" ? "id-ID" : "en-US"
                    )
                  )}{" "}
                  · {t.total} {formatMoney(g.total, g.currency_code, locale)}
                </p>
                <ul className="space-y-3">
                  {g.orders.map((o: any) => (
                    <SellerOrder
                      key={o.id}
                      order={o}
                      groupId={g.id}
                      currency={g.currency_code}
                      reviewed={reviewed}
                      vouchers={vouchers.get(o.id)}
                      t={t}
                      locale={locale}
                    />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">
            {t.noOrders}{" "}
            <Link href="/store" className="text-teal-800 underline">
              {t.startShopping}
            </Link>
          </p>
        )}
      </section>
      {config.vapidPublicKey ? (
        <PushOptIn
          vapidPublicKey={config.vapidPublicKey}
          labels={{
            title: t.pushTitle,
            intro: t.pushIntro,
            enable: t.pushEnable,
            disable: t.pushDisable,
            on: t.pushOn,
            denied: t.pushDenied,
            unsupported: t.pushUnsupported,
          }}
        />
      ) : null}
      <div className="grid gap-8 md:grid-cols-2">
        <section
          aria-labelledby="profile-heading"
          className="rounded-lg border border-gray-200 p-4"
        >
          <h2 id="profile-heading" className="mb-3 font-bold">
            {t.profile}
          </h2>
          <ActionForm
            action={updateProfile}
            submit={t.saveProfile}
            className="space-y-3"
          >
            <p className="text-sm text-gray-700">{customer.email}</p>
            <label className="flex flex-col text-sm">
              {t.firstName}
              <input
                name="first_name"
                defaultValue={customer.first_name ?? ""}
                required
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.lastName}
              <input
                name="last_name"
                defaultValue={customer.last_name ?? ""}
                className={input}
              />
            </label>
            <label className="flex flex-col text-sm">
              {t.phone}
              <input
                name="phone"
                type="tel"
                defaultValue={customer.phone ?? ""}
                className={input}
              />
            </label>
          </ActionForm>
        </section>
        <section
          aria-labelledby="addresses-heading"
          className="rounded-lg border border-gray-200 p-4"
        >
          <h2 id="addresses-heading" className="mb-3 font-bold">
            {t.addresses}
          </h2>
          {customer.addresses?.length ? (
            <ul className="mb-4 space-y-2 text-sm">
              {customer.addresses.map((a) => (
                <li key={a.id} className="rounded-md bg-gray-50 p-2">
                  {a.first_name} {a.last_name}, {a.address_1}, {a.city}{" "}
                  {a.postal_code}, {a.country_code?.toUpperCase()}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-sm text-gray-700">{t.noAddresses}</p>
          )}
          <details>
            <summary className="cursor-pointer text-sm font-semibold">
              {t.addAddress}
            </summary>
            <ActionForm
              action={addAddress}
              submit={t.addAddress}
              className="mt-3 grid gap-3 sm:grid-cols-2"
            >
              <label className="flex flex-col text-sm">
                {t.firstName}
                <input name="first_name" required className={input} />
              </label>
              <label className="flex flex-col text-sm">
                {t.lastName}
                <input name="last_name" required className={input} />
              </label>
              <label className="flex flex-col text-sm sm:col-span-2">
                {t.street}
                <input name="address_1" required className={input} />
              </label>
              <label className="flex flex-col text-sm">
                {t.city}
                <input name="city" required className={input} />
              </label>
              <label className="flex flex-col text-sm">
                {t.postalCode}
                <input name="postal_code" required className={input} />
              </label>
              <label className="flex flex-col text-sm">
                {t.province}
                <input name="province" className={input} />
              </label>
              <label className="flex flex-col text-sm">
                {t.country}
                <input
                  name="country_code"
                  defaultValue="id"
                  required
                  maxLength={2}
                  className={input}
                />
              </label>
            </ActionForm>
          </details>
        </section>
      </div>
    </div>
  )
}
