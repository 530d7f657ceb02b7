/** Module names registered by @belanjain/marketplace (snake_case, one place). */
export enum MarketplaceModules {
  SELLER = "seller",
  PRODUCT_SEARCH = "product_search",
}

/** The actor type sellers authenticate as (`/auth/seller/emailpass`). */
export const SELLER_ACTOR_TYPE = "seller"

export const SELLER_STATUSES = ["pending", "active", "suspended"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]

export const SELLER_MEMBER_ROLES = ["owner", "member"] as const
export type SellerMemberRole = (typeof SELLER_MEMBER_ROLES)[number]

/**
 * Allowed seller status changes, as data (checked in one step):
 * an operator approves a pending seller, suspends an active one, reactivates a
 * suspended one, or rejects a pending one by suspending it.
 */
export const SELLER_STATUS_TRANSITIONS: Record<
  SellerStatus,
  readonly SellerStatus[]
> = {
  pending: ["active", "suspended"],
  active: ["suspended"],
  suspended: ["active"],
}

export function canChangeSellerStatus(
  from: SellerStatus,
  to: SellerStatus
): boolean {
  return SELLER_STATUS_TRANSITIONS[from]?.includes(to) ?? false
}

export const SellerEvents = {
  CREATED: "seller.created",
  STATUS_CHANGED: "seller.status_changed",
} as const
