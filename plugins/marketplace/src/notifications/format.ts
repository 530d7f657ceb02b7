import { DEFAULT_NOTIFICATION_LOCALE, type NotificationLocale } from "./types"

/** The first usable locale among the candidates (`en`, `en-GB`, `id-ID`…), else `id`. */
export function resolveLocale(
  ...candidates: (string | null | undefined)[]
): NotificationLocale {
  for (const c of candidates) {
    const lang = typeof c === "string" ? c.trim().toLowerCase().slice(0, 2) : ""
    if (lang === "id" || lang === "en") return lang
  }
  return DEFAULT_NOTIFICATION_LOCALE
}

const INTL_LOCALE: Record<NotificationLocale, string> = {
  id: "id-ID",
  en: "en-US",
}

/** Amount in the currency's main unit, e.g. `Rp 150.000` / `IDR 150,000`. */
export function formatMoney(
  amount: number,
  currencyCode: string,
  locale: NotificationLocale
): string {
  const currency = currencyCode.toUpperCase()
  try {
    return new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: "currency",
      currency,
      maximumFractionDigits: currency === "IDR" ? 0 : 2,
    })
      .format(amount)
      .replace(/\u00a0/g, " ")
  } catch {
    return `${currency} ${amount}`
  }
}

export function formatNumber(n: number, locale: NotificationLocale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n)
}

/** `YYYY-MM-DD` (or a timestamp) as a long date: `1 Desember 2026` / `December 1, 2026`. */
export function formatDate(value: string, locale: NotificationLocale): string {
  const date = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value
  )
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date)
}

export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}
