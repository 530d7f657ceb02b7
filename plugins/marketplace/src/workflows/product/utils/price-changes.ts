export type VariantPrices = {
  id: string
  prices?: ({ amount: number | string; currency_code: string } | null)[] | null
}

export type PriceRow = { currency_code: string; amount: number }

export type VariantPriceChange = {
  variant_id: string
  from: PriceRow[]
  to: PriceRow[]
}

/** A variant's prices, one per currency, sorted by currency (comparable). */
export function normalizePrices(variant?: VariantPrices): PriceRow[] {
  return (variant?.prices ?? [])
    .flatMap((p) =>
      p
        ? [
            {
              currency_code: p.currency_code.toLowerCase(),
              amount: Number(p.amount),
            },
          ]
        : []
    )
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
}

/** The variants whose prices differ between the two reads, before and after. */
export function priceChanges(
  before: VariantPrices[],
  after: VariantPrices[]
): VariantPriceChange[] {
  const byId = new Map(before.map((v) => [v.id, v]))
  const out: VariantPriceChange[] = []
  for (const variant of after) {
    const from = normalizePrices(byId.get(variant.id))
    const to = normalizePrices(variant)
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      out.push({ variant_id: variant.id, from, to })
    }
  }
  return out
}
