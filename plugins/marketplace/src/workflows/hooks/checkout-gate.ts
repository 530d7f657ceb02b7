/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, products, sellers, inventory) are untyped; each function names the fields it reads */
import { setTimeout as sleep } from "node:timers/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"

type Row = Record<string, any>

/**
 * The checkout gate: completions whose carts share a stock-managed inventory
 * item pass one at a time, from the validate hook until the split is done.
 *
 * Why: Medusa reserves stock under a lock per inventory item that it waits
 * for only a few seconds; when many shoppers race for the last units of one
 * item, the slow ones fail with "Timed-out acquiring lock" (a 500) instead
 * of an out-of-stock answer. Behind the gate the reservation lock is never
 * contended, and the stock check done inside the gate is exact, so every
 * loser gets a clear out-of-stock error before anything is written. Carts
 * without common items do not wait for each other.
 */

export const CHECKOUT_GATE_TIMEOUT_SECONDS = 30
/** Safety expiry if a process dies inside the gate. */
const GATE_TTL_SECONDS = 60
const RETRY_INTERVAL_MS = 25

export type CheckoutGate = { keys: string[]; owner_id: string }

const ownerOf = (cartId: string) => `belanjain:checkout:${cartId}`
const keyOf = (inventoryItemId: string) =>
  `belanjain:checkout-gate:${inventoryItemId}`

/** Inventory needed per inventory item by the cart's stock-managed lines. */
function neededStock(items: Row[]): Map<string, { need: any; title: string }> {
  const needed = new Map<string, { need: any; title: string }>()
  for (const item of items) {
    const variant = item?.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      if (!link?.inventory_item_id) continue
      const current = needed.get(link.inventory_item_id)
      const qty = MathBN.mult(link.required_quantity ?? 1, item.quantity)
      needed.set(link.inventory_item_id, {
        need: current ? MathBN.add(current.need, qty) : qty,
        title: item.product_title ?? item.title,
      })
    }
  }
  return needed
}

async function acquireWaiting(
  container: MedusaContainer,
  key: string,
  ownerId: string
) {
  const locking = container.resolve(Modules.LOCKING)
  const until = Date.now() + CHECKOUT_GATE_TIMEOUT_SECONDS * 1000
  for (;;) {
    try {
      await locking.acquire(key, { ownerId, expire: GATE_TTL_SECONDS })
      return
    } catch {
      if (Date.now() >= until) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Checkout is busy for an item in this cart, please try again"
        )
      }
    }
    await sleep(RETRY_INTERVAL_MS)
  }
}

/**
 * Enter the gate for the cart (keys taken in sorted order, so two carts
 * never wait on each other crosswise), then refuse lines the stock of the
 * cart's sales channel cannot cover. Returns what leaving needs.
 */
export async function enterCheckoutGate(
  container: MedusaContainer,
  cart: Row
): Promise<CheckoutGate | undefined> {
  const needed = neededStock((cart.items ?? []) as Row[])
  if (!needed.size) return undefined

  const gate = checkoutGateOf(cart.id, cart.items ?? [])
  try {
    for (const key of gate.keys) {
      await acquireWaiting(container, key, gate.owner_id)
    }
    await assertInStock(container, channelLocationIds(cart), needed)
  } catch (error) {
    await leaveCheckoutGate(container, gate)
    throw error
  }
  return gate
}

export async function leaveCheckoutGate(
  container: MedusaContainer,
  gate: CheckoutGate | undefined
) {
  if (!gate?.keys.length) return
  const locking = container.resolve(Modules.LOCKING)
  await locking
    .release(gate.keys, { ownerId: gate.owner_id })
    .catch(() => false)
}

/** The gate a cart's completion holds, from its lines (cart or placed order lines). */
export function checkoutGateOf(cartId: string, items: Row[]): CheckoutGate {
  return {
    keys: [...neededStock(items).keys()].sort().map(keyOf),
    owner_id: ownerOf(cartId),
  }
}

/**
 * The stock locations of the cart's sales channel that hold its items (from
 * the cart as completeCartWorkflow read it: which location serves which
 * channel does not change during a checkout; the quantities are read again).
 */
function channelLocationIds(cart: Row): string[] {
  const ids = new Set<string>()
  for (const item of cart.items ?? []) {
    for (const link of item?.variant?.inventory_items ?? []) {
      for (const level of link?.inventory?.location_levels ?? []) {
        const inChannel = (level?.stock_locations ?? []).some((loc: Row) =>
          (loc?.sales_channels ?? []).some(
            (sc: Row) => sc?.id === cart.sales_channel_id
          )
        )
        if (inChannel && level.location_id) ids.add(level.location_id)
      }
    }
  }
  return [...ids]
}

async function assertInStock(
  container: MedusaContainer,
  locationIds: string[],
  needed: Map<string, { need: any; title: string }>
) {
  if (!locationIds.length) return
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: [...needed.keys()], location_id: locationIds },
    { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
  )
  for (const [itemId, { need, title }] of needed) {
    let available: any = MathBN.convert(0)
    for (const level of levels) {
      if (level.inventory_item_id !== itemId) continue
      available = MathBN.add(
        available,
        MathBN.sub(level.stocked_quantity, level.reserved_quantity)
      )
    }
    if (MathBN.lt(available, need)) {
      const left = MathBN.max(available, 0).toNumber()
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        left > 0
          ? `${title} is out of stock: only ${left} left`
          : `${title} is out of stock`
      )
    }
  }
}
