import type { HttpTypes } from "@medusajs/types"
import { setLocale, setRegion } from "@/lib/actions"
import type { Dict, Locale } from "@/lib/i18n"

export function Footer({
  t,
  locale,
  regions,
  regionId,
}: {
  t: Dict
  locale: Locale
  regions: HttpTypes.StoreRegion[]
  regionId?: string
}) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end gap-6 px-4 py-6 text-sm">
        <p className="font-semibold text-teal-800">{t.brand}</p>
        <form action={setLocale} className="flex items-end gap-2">
          <label className="flex flex-col gap-1">
            <span>{t.language}</span>
            <select
              name="locale"
              defaultValue={locale}
              className="min-h-11 rounded-md border border-gray-300 bg-white px-2"
            >
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
          <button
            type="submit"
            className="min-h-11 rounded-md border border-gray-300 bg-white px-3"
          >
            OK
          </button>
        </form>
        {regions.length > 1 ? (
          <form action={setRegion} className="flex items-end gap-2">
            <label className="flex flex-col gap-1">
              <span>{t.region}</span>
              <select
                name="region_id"
                defaultValue={regionId}
                className="min-h-11 rounded-md border border-gray-300 bg-white px-2"
              >
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name} ({r.currency_code.toUpperCase()})
                  </option>
                ))}
              </select>
            </label>
            <button
              type="submit"
              className="min-h-11 rounded-md border border-gray-300 bg-white px-3"
            >
              OK
            </button>
          </form>
        ) : null}
      </div>
    </footer>
  )
}
