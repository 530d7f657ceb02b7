/** Module names registered by @belanjain/marketplace (snake_case, one place). */
export enum MarketplaceModules {
  SELLER = "seller",
}

export const SELLER_STATUSES = ["pending", "active", "suspended"] as const
export type SellerStatus = (typeof SELLER_STATUSES)[number]
