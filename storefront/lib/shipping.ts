import type { SellerGroup } from "./data"

/** A seller's part of the cart needs a shipping method unless every line is digital (e.g. hotspot vouchers). */
export function needsShipping(group: Pick<SellerGroup, "items">): boolean {
  return group.items.some((i) => i.requires_shipping !== false)
}
