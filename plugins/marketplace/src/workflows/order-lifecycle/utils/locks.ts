/**
 * Locks of the seller order workflows: every transition holds its order's
 * lock from before the status check to the end, so two requests on one order
 * run one after the other and the second sees the first's result. A cancel
 * also holds its group's lock while it gives back the order's share of the
 * group's single payment. Seconds.
 */
export const SELLER_ORDER_LOCK = { timeout: 30, ttl: 120 } as const

export const orderGroupLockKey = (orderGroupId: string) =>
  `order_group:${orderGroupId}`
