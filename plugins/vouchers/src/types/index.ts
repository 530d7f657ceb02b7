/** Module names registered by @belanjain/vouchers (snake_case, one place). */
export enum VoucherModules {
  VOUCHERS = "vouchers",
}

export const ROUTER_API_KINDS = ["rest", "api"] as const
export type RouterApiKindName = (typeof ROUTER_API_KINDS)[number]

/**
 * A purchase: one per order line that sells a voucher package.
 * - pending: placed, payment not captured yet
 * - completed: every voucher exists on the router
 * - failed: the payment failed or expired, or the order was cancelled before
 *   payment (nothing was created on the router)
 * - voucher_generation_failed: paid, but the router refused or was down after
 *   the retries; `failure_reason` says why. Regenerate retries it.
 */
export const PURCHASE_STATUSES = [
  "pending",
  "completed",
  "failed",
  "voucher_generation_failed",
] as const
export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number]

/** Allowed purchase status changes, as data (checked in one place). */
export const PURCHASE_STATUS_TRANSITIONS: Record<
  PurchaseStatus,
  readonly PurchaseStatus[]
> = {
  pending: ["completed", "failed", "voucher_generation_failed"],
  voucher_generation_failed: ["completed", "voucher_generation_failed"],
  completed: [],
  failed: [],
}

export function canChangePurchaseStatus(
  from: PurchaseStatus,
  to: PurchaseStatus
): boolean {
  return PURCHASE_STATUS_TRANSITIONS[from]?.includes(to) ?? false
}

/**
 * A voucher (one hotspot user):
 * - pending: code reserved in our database, not yet confirmed on the router
 * - active: exists on the router
 * - expired: validity over, removed from the router by the expiry job
 * - removed: removed by an operator clean-up (its purchase failed)
 */
export const VOUCHER_STATUSES = [
  "pending",
  "active",
  "expired",
  "removed",
] as const
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number]

/** sent: the provider accepted it; failed: the provider refused or could not be reached; error: nothing could be sent (no number, no provider). */
export const DELIVERY_STATUSES = ["sent", "failed", "error"] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const DELIVERY_CHANNELS = ["whatsapp", "email"] as const
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number]

export const VoucherEvents = {
  PURCHASE_COMPLETED: "voucher_purchase.completed",
  PURCHASE_GENERATION_FAILED: "voucher_purchase.generation_failed",
  PURCHASE_FAILED: "voucher_purchase.failed",
  /**
   * An operator regenerated a purchase: one per purchase, `{ id, actor,
   * result, reason?, changes?: { status: { from, to } } }` (read by
   * @belanjain/audit).
   */
  PURCHASE_REGENERATED: "voucher_purchase.regenerated",
} as const

/** Who did something, as events carry it: an auth actor type and id; null = the system. */
export type EventActor = { type: string; id: string | null } | null

/** Default code alphabet: lower-case letters and digits without look-alikes (0/o, 1/l/i). */
export const DEFAULT_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
