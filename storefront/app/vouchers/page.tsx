import type { Metadata } from "next"
import { ActionForm } from "@/components/action-form"
import { ServerDown } from "@/components/server-down"
import { addToCart } from "@/lib/actions"
import { listVoucherPackagesWithPrices } from "@/lib/data"
import { formatMoney } from "@/lib/i18n"
import { getDict } from "@/lib/locale"
import { isBackendDown } from "@/lib/sdk"

export const metadata: Metadata = { title: "Voucher WiFi" }

/** The voucher shop: hotspot packages bought like any product; codes show on the order once paid. */
export default async function VoucherShop() {
  const { t, locale } = await getDict()
  let packages: Awaited<ReturnType<typeof listVoucherPackagesWithPrices>> = []
  try {
    packages = await listVoucherPackagesWithPrices()
  } catch (e) {
    if (isBackendDown(e)) return <ServerDown message={t.serverDown} />
    throw e
  }
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{t.voucherShop}</h1>
      <p className="text-gray-700">{t.voucherIntro}</p>
      {packages.length ? (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {packages.map((p) => (
            <li
              key={p.id}
              className="rounded-lg border border-gray-200 p-4"
              data-testid="voucher-package"
            >
              <h2 className="font-semibold">{p.name}</h2>
              {p.description ? (
                <p className="text-sm text-gray-700">{p.description}</p>
              ) : null}
              <p className="mt-1 text-sm">{t.validity(p.validity_hours)}</p>
              {p.price ? (
                <p className="mt-1 font-bold text-teal-800">
                  {formatMoney(p.price.amount, p.price.currency_code, locale)}
                </p>
              ) : null}
              <ActionForm
                action={addToCart}
                hidden={{ variant_id: p.variant_id, quantity: "1" }}
                submit={t.buy}
                className="mt-3"
              />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.noVoucherPackages}</p>
      )}
    </div>
  )
}
