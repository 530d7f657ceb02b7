import { ActionForm } from "./action-form"
import { setShippingMethod } from "@/lib/actions"
import type { SellerGroup } from "@/lib/data"
import { needsShipping } from "@/lib/shipping"
import { formatMoney, type Dict, type Locale } from "@/lib/i18n"

/** The choice of shipping of one seller's group (a server action per change). */
export function ShippingChoice({
  group,
  t,
  locale,
  currency,
}: {
  group: SellerGroup
  t: Dict
  locale: Locale
  currency: string
}) {
  if (!needsShipping(group))
    return (
      <p className="text-sm text-gray-700" data-testid="no-shipping-needed">
        {t.nothingToShip}
      </p>
    )
  if (!group.shipping_options.length)
    return <p className="text-sm text-gray-700">{t.noShippingOptions}</p>
  return (
    <ActionForm
      action={setShippingMethod}
      submit={t.chooseShipping}
      variant="secondary"
      className="space-y-2"
      testId="shipping-form"
    >
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">
          {t.shipping} · {group.seller?.name}
        </legend>
        {group.shipping_options.map((o) => (
          <label
            key={o.id}
            className="flex min-h-11 items-center gap-2 text-sm"
          >
            <input
              type="radio"
              name="option_id"
              value={o.id}
              defaultChecked={
                group.shipping_method?.shipping_option_id === o.id
              }
              className="h-5 w-5"
            />
            {o.name} — {formatMoney(o.amount, currency, locale)}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  )
}
