import Link from "next/link"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { TrackEvent } from "@/components/analytics"
import { ServerDown } from "@/components/server-down"
import type { PlacedCheckout } from "@/lib/actions"
import { getPlacedCookie } from "@/lib/cookies"
import { getCustomer, getOrderGroup } from "@/lib/data"
import { formatMoney } from "@/lib/i18n"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

export const metadata: Metadata = { title: "Pesanan dibuat" }

/* eslint-disable @typescript-eslint/no-explicit-any -- order group JSON */
type View = {
  id: string
  total: number
  currency: string
  orders: {
    id: string
    display_id: number | null
    seller?: string
    total?: number
    status?: string
  }[]
}

/** Confirmation: every per-seller order number of the checkout. */
export default async function Confirmed({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params
  const { t, locale } = await getDict()
  let placed: PlacedCheckout | null = null
  try {
    placed = JSON.parse((await getPlacedCookie()) ?? "null")
  } catch {
    placed = null
  }
  if (placed?.group_id !== id) placed = null
  let view: View | null = null
  try {
    const group: any = (await getCustomer()) ? await getOrderGroup(id) : null
    if (group) {
      view = {
        id: group.id,
        total: group.total,
        currency: group.currency_code,
        orders: group.orders.map((o: any) => ({
          id: o.id,
          display_id: o.display_id,
          seller: o.seller?.name,
          total: o.totals?.total,
          status: o.status,
        })),
      }
    }
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
  if (!view && placed)
    view = {
      id: placed.group_id,
      total: placed.total,
      currency: placed.currency,
      orders: placed.orders,
    }
  if (!view) notFound()

  return (
    <section
      className="mx-auto max-w-xl space-y-4 py-8"
      data-testid="confirmation"
    >
      {placed ? (
        <TrackEvent
          name="purchase"
          onceKey={`purchase_${placed.group_id}`}
          params={{
            transaction_id: placed.group_id,
            value: placed.total,
            currency: placed.currency,
            items: placed.items,
          }}
        />
      ) : null}
      {placed?.vouchers?.length ? (
        <TrackEvent
          name="voucher_purchase"
          onceKey={`voucher_purchase_${placed.group_id}`}
          params={{
            transaction_id: placed.group_id,
            value: placed.vouchers.reduce(
              (sum, v) => sum + v.price * v.quantity,
              0
            ),
            currency: placed.currency,
            items: placed.vouchers,
          }}
        />
      ) : null}
      <h1 className="text-2xl font-bold text-teal-800">{t.thanks}</h1>
      <h2 className="font-semibold">{t.orderNumbers}</h2>
      <ul className="space-y-2">
        {view.orders.map((o) => (
          <li
            key={o.id}
            className="rounded-md border border-gray-200 p-3"
            data-testid="order-number"
          >
            <span className="font-semibold">
              {t.orderNumber(o.display_id ?? o.id)}
            </span>
            {o.seller ? <span> · {o.seller}</span> : null}
            {o.total !== undefined ? (
              <span> · {formatMoney(o.total, view.currency, locale)}</span>
            ) : null}
            {o.status ? (
              <span className="ml-1 text-sm text-gray-600">
                ({t.statusLabel[o.status] ?? o.status})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        {t.total}:{" "}
        <span className="font-bold">
          {formatMoney(view.total, view.currency, locale)}
        </span>
      </p>
      <div className="flex gap-3">
        <Link
          href="/account"
          className="rounded-md bg-teal-700 px-4 py-3 font-semibold text-white"
        >
          {t.myOrders}
        </Link>
        <Link
          href="/store"
          className="rounded-md border border-gray-300 px-4 py-3"
        >
          {t.startShopping}
        </Link>
      </div>
    </section>
  )
}
