import "server-only"
import { headers } from "next/headers"
import { getLocaleCookie } from "./cookies"
import { dictionaries, isLocale, type Locale } from "./i18n"

/** The shopper's language: the cookie, else the browser's Accept-Language, else Indonesian. */
export async function getLocale(): Promise<Locale> {
  const chosen = await getLocaleCookie()
  if (isLocale(chosen)) return chosen
  const accept = (await headers()).get("accept-language") || ""
  return /^en\b/i.test(accept.trim()) ? "en" : "id"
}

export async function getDict() {
  const locale = await getLocale()
  return { locale, t: dictionaries[locale] }
}
