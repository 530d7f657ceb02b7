import type { DeliveryStatus, PurchaseStatus, VoucherStatus } from "./vouchers"

export type BadgeColor = "green" | "orange" | "red" | "grey" | "blue"

export const PURCHASE_STATUS_OPTIONS: PurchaseStatus[] = [
  "pending",
  "completed",
  "failed",
  "voucher_generation_failed",
]

export const PURCHASE_STATUS_LABEL: Record<PurchaseStatus, string> = {
  pending: "Pending",
  completed: "Completed",
  failed: "Failed (payment)",
  voucher_generation_failed: "Generation failed",
}

export const PURCHASE_STATUS_COLOR: Record<PurchaseStatus, BadgeColor> = {
  pending: "orange",
  completed: "green",
  failed: "red",
  voucher_generation_failed: "red",
}

export const VOUCHER_STATUS_COLOR: Record<VoucherStatus, BadgeColor> = {
  pending: "orange",
  active: "green",
  expired: "grey",
  removed: "grey",
}

export const DELIVERY_STATUS_COLOR: Record<DeliveryStatus, BadgeColor> = {
  sent: "green",
  failed: "red",
  error: "red",
}

/** The purchase page offers Regenerate only after a failed generation. */
export function canRegenerate(status: PurchaseStatus) {
  return status === "voucher_generation_failed"
}

/**
 * Rows that may be picked for a bulk regenerate: failed generations, and
 * pending ones (the server generates them if the payment was captured and
 * reports the rest as skipped).
 */
export function canBulkRegenerate(status: PurchaseStatus) {
  return status === "voucher_generation_failed" || status === "pending"
}

/** The message of a thrown error (the JS SDK's FetchError carries the server's `message`). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === "string") return error
  return "Something went wrong"
}

/**
 * Money in main units (rupiah, not cents), e.g. "Rp 15.000". Falls back to a
 * plain number when the currency is missing or unknown.
 */
export function formatMoney(amount: number, currencyCode: string | null) {
  if (currencyCode) {
    try {
      return new Intl.NumberFormat("id-ID", {
        style: "currency",
        currency: currencyCode.toUpperCase(),
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }).format(amount)
    } catch {
      // unknown currency code: fall through
    }
  }
  return new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(
    amount
  )
}

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
})

export function formatDateTime(value: string | null | undefined) {
  if (!value) return "-"
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date)
}

export function formatPercent(rate: number | null) {
  return rate === null ? "-" : `${(rate * 100).toFixed(1)}%`
}

export function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`
}
