"use server"

import type { HttpTypes } from "@medusajs/types"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import {
  authHeaders,
  clearCartId,
  clearToken,
  getCartId,
  setCartId,
  setLocaleCookie,
  setPlacedCookie,
  setRegionCookie,
  setToken,
} from "./cookies"
import {
  getCart,
  getRegion,
  getSellerGroups,
  listRegions,
  listVoucherPackages,
} from "./data"
import { isLocale } from "./i18n"
import { needsShipping } from "./shipping"
import { getDict } from "./locale"
import { ANALYTICS_EVENTS, type AnalyticsEvent } from "./analytics-events"
import { captureServerEvent } from "./posthog"
import { isBackendDown, messageOf, sdk, statusOf } from "./sdk"

/** What every form action answers: visible feedback for the shopper. */
export type ActionState = {
  ok?: boolean
  message?: string
  /** The form field the message is about. */
  field?: string
  /** Changes on every answer, so the same message twice still shows. */
  at?: number
  /** Analytics data of what happened (e.g. the item added). */
  event?: { name: AnalyticsEvent; params: Record<string, unknown> }
}

const ok = (
  message: string,
  extra: Partial<ActionState> = {}
): ActionState => ({
  ok: true,
  message,
  at: Date.now(),
  ...extra,
})
const fail = (message: string, field?: string): ActionState => ({
  ok: false,
  message,
  field,
  at: Date.now(),
})

async function failure(e: unknown, fallback?: string): Promise<ActionState> {
  const { t } = await getDict()
  if (isBackendDown(e)) return fail(t.serverDown)
  return fail(messageOf(e, fallback ?? t.somethingWrong))
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim()

// ---------------------------------------------------------------- cart

/** The open cart, created in the shopper's region when there is none. */
async function ensureCart(): Promise<HttpTypes.StoreCart> {
  const existing = await getCart()
  if (existing) return existing
  const region = await getRegion()
  if (!region) throw new Error("no region")
  const country = region.countries?.[0]?.iso_2
  const { cart } = await sdk.store.cart.create(
    {
      region_id: region.id,
      // The country lets the sellers' shipping options show in the cart already.
      ...(country ? { shipping_address: { country_code: country } } : {}),
    },
    {},
    await authHeaders()
  )
  await setCartId(cart.id)
  return cart
}

export async function addToCart(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const variantId = text(form, "variant_id")
  const quantity = Number(text(form, "quantity") || "1")
  if (!variantId) return fail(t.selectVariant, "variant_id")
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99)
    return fail(`${t.quantity}: 1–99`, "quantity")
  try {
    const cart = await ensureCart()
    const { cart: updated } = await sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: "id,currency_code,*items" },
      await authHeaders()
    )
    const line = updated.items?.find((i) => i.variant_id === variantId)
    revalidatePath("/", "layout")
    const params = {
      currency: updated.currency_code.toUpperCase(),
      value: (line?.unit_price ?? 0) * quantity,
      items: [
        {
          item_id: line?.product_id ?? variantId,
          item_name: line?.product_title ?? line?.title ?? "",
          item_variant: line?.variant_title ?? undefined,
          price: line?.unit_price ?? 0,
          quantity,
        },
      ],
    }
    await captureServerEvent("add_to_cart", params)
    return ok(t.added, { event: { name: "add_to_cart", params } })
  } catch (e) {
    return failure(e)
  }
}

export async function updateLineItem(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const cartId = await getCartId()
  const lineId = text(form, "line_id")
  const quantity = Number(text(form, "quantity"))
  if (!cartId || !lineId) return fail(t.somethingWrong)
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > 99)
    return fail(`${t.quantity}: 0–99`, "quantity")
  try {
    if (quantity === 0)
      await sdk.store.cart.deleteLineItem(
        cartId,
        lineId,
        {},
        await authHeaders()
      )
    else
      await sdk.store.cart.updateLineItem(
        cartId,
        lineId,
        { quantity },
        {},
        await authHeaders()
      )
    revalidatePath("/", "layout")
    return ok(quantity === 0 ? t.itemRemoved : t.cartUpdated)
  } catch (e) {
    return failure(e)
  }
}

export async function removeLineItem(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const cartId = await getCartId()
  const lineId = text(form, "line_id")
  if (!cartId || !lineId) return fail(t.somethingWrong)
  try {
    await sdk.store.cart.deleteLineItem(cartId, lineId, {}, await authHeaders())
    revalidatePath("/", "layout")
    return ok(t.itemRemoved)
  } catch (e) {
    return failure(e)
  }
}

export async function setShippingMethod(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const cartId = await getCartId()
  const optionId = text(form, "option_id")
  if (!cartId) return fail(t.somethingWrong)
  if (!optionId) return fail(t.chooseShipping, "option_id")
  try {
    await sdk.store.cart.addShippingMethod(
      cartId,
      { option_id: optionId },
      {},
      await authHeaders()
    )
    revalidatePath("/", "layout")
    return ok(t.shippingSaved)
  } catch (e) {
    return failure(e)
  }
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "address_1",
  "city",
  "postal_code",
  "country_code",
] as const

export async function saveCheckoutAddress(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const cartId = await getCartId()
  if (!cartId) return fail(t.cartEmpty)
  const email = text(form, "email")
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return fail(`${t.email}: ${email || "—"}`, "email")
  const address: Record<string, string> = {}
  for (const key of [...ADDRESS_FIELDS, "province", "phone"])
    address[key] = text(form, key)
  for (const key of ADDRESS_FIELDS) {
    if (!address[key]) return fail(t.needAddress, key)
  }
  try {
    await sdk.store.cart.update(
      cartId,
      { email, shipping_address: address, billing_address: address },
      {},
      await authHeaders()
    )
    revalidatePath("/", "layout")
    return ok(t.addressSaved)
  } catch (e) {
    return failure(e)
  }
}

/**
 * Places the order: checks that every seller group has its shipping, opens
 * the payment session of the chosen provider and completes the cart with
 * Medusa's own completion (which splits it into one order per seller).
 * Midtrans first sends the shopper to Snap; its return URL completes.
 */
export async function placeOrder(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const providerId = text(form, "provider_id")
  if (!providerId) return fail(t.needPayment, "provider_id")
  let target: string
  try {
    const cart = await getCart()
    if (!cart || !cart.items?.length) return fail(t.cartEmpty)
    if (!cart.email || !cart.shipping_address?.address_1)
      return fail(t.needAddress, "email")
    for (const group of await getSellerGroups(cart.id)) {
      if (!group.shipping_method && needsShipping(group))
        return fail(t.needShipping(group.seller?.name ?? "—"), "shipping")
    }
    const { payment_collection } =
      await sdk.store.payment.initiatePaymentSession(
        cart,
        { provider_id: providerId },
        {},
        await authHeaders()
      )
    await captureServerEvent("begin_checkout", {
      currency: cart.currency_code.toUpperCase(),
      value: cart.total,
      payment_type: providerId,
    })
    const session = payment_collection.payment_sessions?.find(
      (s) => s.provider_id === providerId
    )
    const snapUrl = (session?.data as { redirect_url?: string } | undefined)
      ?.redirect_url
    if (providerId.includes("midtrans") && snapUrl) {
      target = snapUrl
    } else {
      target = await completeCart(cart.id)
    }
  } catch (e) {
    return failure(e)
  }
  redirect(target)
}

/** What the confirmation page shows a guest (who cannot list order groups): kept in a cookie for an hour. */
export type PlacedCheckout = {
  group_id: string
  display_id: number | null
  total: number
  currency: string
  orders: { id: string; display_id: number | null }[]
  items: {
    item_id: string
    item_name: string
    price: number
    quantity: number
  }[]
  /** The lines that were hotspot voucher packages (their `voucher_purchase` event). */
  vouchers?: {
    item_id: string
    item_name: string
    item_variant: string
    price: number
    quantity: number
  }[]
}

/** Voucher package id by variant id, for the cart's lines that are vouchers (none when the shop cannot be read). */
async function voucherVariantIds(
  items: { variant_id?: string | null }[]
): Promise<Map<string, string>> {
  if (!items.some((i) => i.variant_id)) return new Map()
  const packages = await listVoucherPackages().catch(() => [])
  return new Map(
    packages
      .filter((p) => p.variant_id)
      .map((p) => [p.variant_id as string, p.id as string])
  )
}

/** Completes the cart; answers the confirmation path, or throws Medusa's reason. */
export async function completeCart(cartId: string): Promise<string> {
  const cart = await getCart()
  const result = (await sdk.store.cart.complete(
    cartId,
    {},
    await authHeaders()
  )) as
    | {
        type: "order"
        order: {
          id: string
          display_id?: number
          total: number
          currency_code: string
          order_group?: {
            id: string
            display_id?: number
            total: number
            currency_code: string
            orders: { id: string; display_id?: number }[]
          }
        }
      }
    | { type: "cart"; error: { message: string } }
  if (result.type !== "order")
    throw Object.assign(new Error(result.error?.message ?? "not completed"), {
      status: 400,
    })
  const order = result.order
  const group = order.order_group
  const placed: PlacedCheckout = {
    group_id: group?.id ?? order.id,
    display_id: group?.display_id ?? order.display_id ?? null,
    total: Number(group?.total ?? order.total),
    currency: (group?.currency_code ?? order.currency_code).toUpperCase(),
    orders: (group?.orders ?? [order]).map((o) => ({
      id: o.id,
      display_id: o.display_id ?? null,
    })),
    items: (cart?.items ?? []).slice(0, 20).map((i) => ({
      item_id: i.product_id ?? i.variant_id ?? i.id,
      item_name: i.product_title ?? i.title,
      price: i.unit_price,
      quantity: i.quantity,
    })),
  }
  const voucherVariants = await voucherVariantIds(cart?.items ?? [])
  const vouchers = (cart?.items ?? [])
    .filter((i) => i.variant_id && voucherVariants.has(i.variant_id))
    .map((i) => ({
      item_id: voucherVariants.get(i.variant_id!)!,
      item_name: i.product_title ?? i.title,
      item_variant: i.variant_id!,
      price: i.unit_price,
      quantity: i.quantity,
    }))
  if (vouchers.length) placed.vouchers = vouchers
  await setPlacedCookie(JSON.stringify(placed))
  await clearCartId()
  revalidatePath("/", "layout")
  return `/order/${placed.group_id}/confirmed`
}

// ---------------------------------------------------------------- account

async function afterSignIn(token: string) {
  await setToken(token)
  const cartId = await getCartId()
  if (cartId) {
    // The cart the shopper filled before signing in becomes theirs.
    await sdk.store.cart
      .transferCart(cartId, {}, { authorization: `Bearer ${token}` })
      .catch(() => undefined)
  }
  revalidatePath("/", "layout")
}

export async function login(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const email = text(form, "email")
  const password = String(form.get("password") ?? "")
  if (!email) return fail(`${t.email}`, "email")
  if (!password) return fail(`${t.password}`, "password")
  try {
    const token = await sdk.auth.login("customer", "emailpass", {
      email,
      password,
    })
    if (typeof token !== "string") return fail(t.somethingWrong)
    await afterSignIn(token)
  } catch (e) {
    const status = statusOf(e)
    if (status === 401 || status === 400)
      return fail(messageOf(e, t.somethingWrong), "password")
    return failure(e)
  }
  redirect("/account")
}

export async function register(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const email = text(form, "email")
  const password = String(form.get("password") ?? "")
  const first_name = text(form, "first_name")
  const last_name = text(form, "last_name")
  const phone = text(form, "phone")
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    return fail(`${t.email}: ${email || "—"}`, "email")
  if (password.length < 8) return fail(`${t.password}: min. 8`, "password")
  if (!first_name) return fail(t.firstName, "first_name")
  try {
    const registration = await sdk.auth.register("customer", "emailpass", {
      email,
      password,
    })
    await sdk.store.customer.create(
      {
        email,
        first_name,
        last_name: last_name || undefined,
        phone: phone || undefined,
      },
      {},
      { authorization: `Bearer ${registration}` }
    )
    // The registration token has no actor yet: log in for a customer token.
    const token = await sdk.auth.login("customer", "emailpass", {
      email,
      password,
    })
    if (typeof token !== "string") return fail(t.somethingWrong)
    await afterSignIn(token)
  } catch (e) {
    return failure(e)
  }
  redirect("/account")
}

export async function logout() {
  await clearToken()
  await clearCartId()
  revalidatePath("/", "layout")
  redirect("/")
}

export async function updateProfile(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const first_name = text(form, "first_name")
  if (!first_name) return fail(t.firstName, "first_name")
  try {
    await sdk.store.customer.update(
      {
        first_name,
        last_name: text(form, "last_name"),
        phone: text(form, "phone"),
      },
      {},
      await authHeaders()
    )
    revalidatePath("/account")
    return ok(t.profileSaved)
  } catch (e) {
    return failure(e)
  }
}

// ------------------------------------------------------------- web push

type PushSubscriptionJson = {
  endpoint?: string
  keys?: { p256dh?: string; auth?: string }
}

/** Saves the browser's push subscription for the signed-in shopper's order updates. */
export async function subscribePush(
  subscription: PushSubscriptionJson
): Promise<ActionState> {
  const { t } = await getDict()
  if (!subscription?.endpoint || !subscription.keys?.p256dh)
    return fail(t.pushUnsupported)
  try {
    await sdk.client.fetch("/store/push-subscriptions", {
      method: "POST",
      body: {
        endpoint: subscription.endpoint,
        keys: {
          p256dh: subscription.keys.p256dh,
          auth: subscription.keys.auth,
        },
      },
      headers: await authHeaders(),
    })
    return ok(t.pushOn)
  } catch (e) {
    return failure(e)
  }
}

/** Forgets this browser's push subscription. */
export async function unsubscribePush(endpoint: string): Promise<ActionState> {
  const { t } = await getDict()
  try {
    await sdk.client.fetch("/store/push-subscriptions", {
      method: "DELETE",
      body: { endpoint },
      headers: await authHeaders(),
    })
    return ok(t.pushOff)
  } catch (e) {
    // Already gone on the server: this browser is unsubscribed all the same.
    if (statusOf(e) === 404) return ok(t.pushOff)
    return failure(e)
  }
}

export async function addAddress(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const address: Record<string, string> = {}
  for (const key of [...ADDRESS_FIELDS, "province", "phone"])
    address[key] = text(form, key)
  for (const key of ADDRESS_FIELDS)
    if (!address[key]) return fail(t.needAddress, key)
  try {
    await sdk.store.customer.createAddress(address, {}, await authHeaders())
    revalidatePath("/account")
    return ok(t.addressSaved)
  } catch (e) {
    return failure(e)
  }
}

async function orderAction(
  form: FormData,
  action: "cancel" | "confirm-receipt",
  done: string
): Promise<ActionState> {
  const groupId = text(form, "group_id")
  const orderId = text(form, "order_id")
  try {
    await sdk.client.fetch(
      `/store/order-groups/${groupId}/orders/${orderId}/${action}`,
      {
        method: "POST",
        body:
          action === "cancel"
            ? { reason: text(form, "reason") || undefined }
            : {},
        headers: await authHeaders(),
      }
    )
    revalidatePath("/account")
    return ok(done)
  } catch (e) {
    return failure(e)
  }
}

export async function cancelOrder(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  return orderAction(form, "cancel", t.orderCancelled)
}

export async function confirmReceipt(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  return orderAction(form, "confirm-receipt", t.receiptConfirmed)
}

export async function writeReview(
  _prev: ActionState,
  form: FormData
): Promise<ActionState> {
  const { t } = await getDict()
  const productId = text(form, "product_id")
  const rating = Number(text(form, "rating"))
  if (!Number.isInteger(rating) || rating < 1 || rating > 5)
    return fail(`${t.yourRating}: 1–5`, "rating")
  try {
    await sdk.client.fetch(`/store/products/${productId}/reviews`, {
      method: "POST",
      body: {
        rating,
        title: text(form, "title") || undefined,
        text: text(form, "text") || undefined,
      },
      headers: await authHeaders(),
    })
    revalidatePath("/account")
    return ok(t.reviewSent)
  } catch (e) {
    if (statusOf(e) === 409) return fail(t.alreadyReviewed)
    return failure(e)
  }
}

// ---------------------------------------------------------------- preferences

export async function setLocale(form: FormData) {
  const locale = text(form, "locale")
  if (isLocale(locale)) await setLocaleCookie(locale)
  revalidatePath("/", "layout")
}

export async function setRegion(form: FormData) {
  const regionId = text(form, "region_id")
  const regions = await listRegions()
  const region = regions.find((r) => r.id === regionId)
  if (!region) return
  await setRegionCookie(region.id)
  const cartId = await getCartId()
  if (cartId) {
    await sdk.store.cart
      .update(cartId, { region_id: region.id }, {}, await authHeaders())
      .catch(() => clearCartId())
  }
  revalidatePath("/", "layout")
}

/** Events the browser reports (e.g. `purchase` on the confirmation page), for PostHog. */
export async function trackServer(
  name: AnalyticsEvent,
  params: Record<string, unknown>
) {
  if (!ANALYTICS_EVENTS.includes(name)) return
  await captureServerEvent(name, params)
}
