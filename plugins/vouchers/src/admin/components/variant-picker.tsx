import { Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../lib/format"
import { useVariantSearch } from "../lib/vouchers"

/**
 * The variant a package is sold through: a text field for the id, and a
 * product search that fills it in.
 */
export const VariantPicker = ({
  value,
  onChange,
  takenVariantIds,
}: {
  value: string
  onChange: (variantId: string) => void
  /** Variants that already sell another package (one package per variant). */
  takenVariantIds: Set<string>
}) => {
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 300)
    return () => clearTimeout(timer)
  }, [search])
  const { data: hits, isFetching, isError, error } = useVariantSearch(q)

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor="variant_id" size="small" weight="plus">
          Product variant id
        </Label>
        <Input
          id="variant_id"
          size="small"
          placeholder="variant_…"
          value={value}
          onChange={(e) => onChange(e.target.value.trim())}
        />
      </div>
      <Input
        type="search"
        size="small"
        placeholder="Find a product to pick its variant"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {q && (
        <div className="border-ui-border-base max-h-48 overflow-y-auto rounded-md border">
          {isError ? (
            <Text size="small" className="text-ui-fg-error px-3 py-2">
              {errorMessage(error)}
            </Text>
          ) : isFetching && !hits ? (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2">
              Searching…
            </Text>
          ) : !hits?.length ? (
            <Text size="small" className="text-ui-fg-subtle px-3 py-2">
              No products match.
            </Text>
          ) : (
            hits.map((hit) => {
              const taken = takenVariantIds.has(hit.id) && hit.id !== value
              return (
                <button
                  key={hit.id}
                  type="button"
                  disabled={taken}
                  onClick={() => onChange(hit.id)}
                  className={`hover:bg-ui-bg-base-hover flex w-full flex-col items-start px-3 py-2 text-left disabled:cursor-not-allowed disabled:opacity-50 ${
                    hit.id === value ? "bg-ui-bg-highlight" : ""
                  }`}
                >
                  <Text size="small" weight="plus">
                    {hit.product_title} · {hit.title || "Default variant"}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[hit.sku && `SKU ${hit.sku}`, hit.id]
                      .filter(Boolean)
                      .join(" · ")}
                    {taken ? " · already sells a package" : ""}
                  </Text>
                </button>
              )
            })
          )}
        </div>
      )}
    </div>
  )
}
