import type { SellerStatus } from "../../../types"

/**
 * The operator actions on a seller's status and the statuses each applies to
 * (a narrowing of SELLER_STATUS_TRANSITIONS). Pure data: the admin UI imports
 * it to show only the legal buttons.
 */
export const SELLER_STATUS_ACTIONS = {
  approve: { from: ["pending"], to: "active" },
  suspend: { from: ["active", "pending"], to: "suspended" },
  reactivate: { from: ["suspended"], to: "active" },
} as const satisfies Record<
  string,
  { from: readonly SellerStatus[]; to: SellerStatus }
>

export type SellerStatusAction = keyof typeof SELLER_STATUS_ACTIONS

/** The actions an operator may take on a seller with this status. */
export function sellerStatusActionsFor(status: SellerStatus) {
  return (Object.keys(SELLER_STATUS_ACTIONS) as SellerStatusAction[]).filter(
    (action) =>
      (SELLER_STATUS_ACTIONS[action].from as readonly SellerStatus[]).includes(
        status
      )
  )
}
