import "server-only"
import { cookies } from "next/headers"

const CART = "_bj_cart"
const TOKEN = "_bj_jwt"
const REGION = "_bj_region"
const LOCALE = "_bj_locale"

const secure =
  process.env.NODE_ENV === "production" &&
  process.env.STOREFRONT_INSECURE_COOKIES !== "true"
const base = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

export async function getCartId() {
  return (await cookies()).get(CART)?.value
}
export async function setCartId(id: string) {
  ;(await cookies()).set(CART, id, { ...base, maxAge: 60 * 60 * 24 * 30 })
}
export async function clearCartId() {
  ;(await cookies()).delete(CART)
}

export async function getToken() {
  return (await cookies()).get(TOKEN)?.value
}
export async function setToken(token: string) {
  ;(await cookies()).set(TOKEN, token, { ...base, maxAge: 60 * 60 * 24 * 7 })
}
export async function clearToken() {
  ;(await cookies()).delete(TOKEN)
}

/** Authorization header of the signed-in shopper, or nothing. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function getRegionCookie() {
  return (await cookies()).get(REGION)?.value
}
export async function setRegionCookie(id: string) {
  ;(await cookies()).set(REGION, id, { ...base, maxAge: 60 * 60 * 24 * 365 })
}

export async function getLocaleCookie() {
  return (await cookies()).get(LOCALE)?.value
}
export async function setLocaleCookie(locale: string) {
  ;(await cookies()).set(LOCALE, locale, {
    ...base,
    httpOnly: false,
    maxAge: 60 * 60 * 24 * 365,
  })
}

const PLACED = "_bj_placed"
export async function getPlacedCookie() {
  return (await cookies()).get(PLACED)?.value
}
export async function setPlacedCookie(json: string) {
  ;(await cookies()).set(PLACED, json, { ...base, maxAge: 60 * 60 })
}
