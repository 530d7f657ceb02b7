"use client"

import Link from "next/link"
import { useActionState, useEffect, useMemo, useState } from "react"
import { addToCart, type ActionState } from "@/lib/actions"
import { track } from "./analytics"
import { Feedback, SubmitButton } from "./feedback"

export type PickerOption = { id: string; title: string; values: string[] }
export type PickerVariant = {
  id: string
  title: string
  options: Record<string, string>
  price_label: string
  /** null: stock not managed (always available). */
  stock: number | null
}
export type PickerLabels = {
  chooseOption: string[]
  quantity: string
  addToCart: string
  adding: string
  outOfStock: string
  inStock: string
  stockLeft: string
  viewCart: string
}

/** Variant picker and add-to-cart (a server action), with feedback and the add_to_cart event. */
export function AddToCart({
  options,
  variants,
  labels,
}: {
  options: PickerOption[]
  variants: PickerVariant[]
  labels: PickerLabels
}) {
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    variants.length === 1 ? variants[0].options : {}
  )
  const variant = useMemo(
    () =>
      variants.find((v) =>
        options.every((o) => v.options[o.id] === chosen[o.id])
      ),
    [variants, options, chosen]
  )
  const [state, action] = useActionState<ActionState, FormData>(addToCart, {})
  useEffect(() => {
    if (state.ok && state.event)
      track(state.event.name, state.event.params as never)
  }, [state])
  const soldOut = variant ? variant.stock !== null && variant.stock <= 0 : false

  return (
    <form action={action} className="space-y-4" data-testid="add-to-cart">
      {options.map((o, i) => (
        <fieldset key={o.id}>
          <legend className="mb-2 text-sm font-semibold">
            {labels.chooseOption[i]}
          </legend>
          <div className="flex flex-wrap gap-2">
            {o.values.map((value) => {
              const selected = chosen[o.id] === value
              return (
                <button
                  type="button"
                  key={value}
                  aria-pressed={selected}
                  onClick={() => setChosen((c) => ({ ...c, [o.id]: value }))}
                  className={`min-h-11 rounded-md border px-4 text-sm ${selected ? "border-teal-700 bg-teal-50 font-semibold text-teal-900" : "border-gray-300 bg-white"}`}
                >
                  {value}
                </button>
              )
            })}
          </div>
        </fieldset>
      ))}
      {variant ? (
        <p className="text-sm" data-testid="variant-info">
          <span className="text-lg font-bold text-teal-800">
            {variant.price_label}
          </span>{" "}
          <span className={soldOut ? "text-red-700" : "text-emerald-700"}>
            {soldOut
              ? labels.outOfStock
              : variant.stock === null
                ? labels.inStock
                : labels.stockLeft.replace("{n}", String(variant.stock))}
          </span>
        </p>
      ) : null}
      <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          {labels.quantity}
          <input
            name="quantity"
            type="number"
            min={1}
            max={variant?.stock ?? 99}
            defaultValue={1}
            className="min-h-11 w-24 rounded-md border border-gray-300 px-2"
          />
        </label>
        <SubmitButton pending={labels.adding} disabled={soldOut}>
          {labels.addToCart}
        </SubmitButton>
      </div>
      <Feedback state={state} />
      {state.ok ? (
        <Link
          href="/cart"
          className="text-sm font-semibold text-teal-800 underline"
        >
          {labels.viewCart}
        </Link>
      ) : null}
    </form>
  )
}
