import type { Metadata } from "next"
import { ActionForm } from "@/components/action-form"
import { ServerDown } from "@/components/server-down"
import { addToCart } from "@/lib/actions"
import { getRegion, listVoucherPackages } from "@/lib/data"
import { formatMoney } from "@/lib/i18n"
import { getDict } from "@/lib/locale"
import { isBackendDown, sdk } from "@/lib/sdk"

/* eslint-disable @typescript-eslint/no-explicit-any -- package JSON */
export const metadata: Metadata = { title: "Voucher WiFi" }

/** The voucher shop: hotspot packages bought like any product; codes show on the order once paid. */
export default async function VoucherShop() {
  const { t, locale } = await getDict()
  let packages: any[] = []
  const prices = new Map<string, string>()
  try {
    const [all, region] = await Promise.all([
      listVoucherPackages(),
      getRegion(),
    ])
    packages = all
    const variantIds = all.map((p) => p.variant_id).filter(Boolean)
    if (variantIds.length && region) {
      const { variants } = await sdk.client
        .fetch<{ variants: any[] }>("/store/product-variants", {
          query: {
            id: variantIds,
            region_id: region.id,
            fields: "id,*calculated_price",
          },
        })
        .catch(() => ({ variants: [] as any[] }))
      for (const v of variants) {
        if (v.calculated_price)
          prices.set(
            v.id,
            formatMoney(
              v.calculated_price.calculated_amount,
              v.calculated_price.currency_code,
              locale
            )
          )
      }
    }
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
              {prices.get(p.variant_id) ? (
                <p className="mt-1 font-bold text-teal-800">
                  {prices.get(p.variant_id)}
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
