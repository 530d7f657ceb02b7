import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { QueryRow } from "./query-row"

/** What a payment of the group's payment collection holds. */
export type PaymentBalance = {
  id: string
  captured: BigNumberInput
  refunded: BigNumberInput
  canceled?: boolean
}

/** How a cancelled seller order's share of the group's payment is given back. */
export type PaymentSharePlan = {
  /** Refunds of captured money, per payment (amounts as decimal strings). */
  refunds: { payment_id: string; amount: string }[]
  /** Sum of `refunds`. */
  refunded: string
  /**
   * The part of the share that was never captured: released from the
   * authorization, i.e. no longer to be captured.
   */
  released: string
}

const decimal = (value: BigNumberInput) => MathBN.convert(value).toFixed()

/**
 * Splits a cancelled seller order's share (its total) of the group's single
 * payment into what is refunded and what is released: captured money that is
 * not yet refunded is refunded first (payment by payment), the rest of the
 * share was only authorized and is released. Pure.
 */
export function planPaymentShare(
  share: BigNumberInput,
  payments: PaymentBalance[]
): PaymentSharePlan {
  let remaining = MathBN.max(MathBN.convert(share), 0)
  const refunds: PaymentSharePlan["refunds"] = []
  let refunded = MathBN.convert(0)
  for (const payment of payments) {
    if (payment.canceled || MathBN.lte(remaining, 0)) continue
    const available = MathBN.sub(payment.captured, payment.refunded)
    if (MathBN.lte(available, 0)) continue
    const amount = MathBN.min(available, remaining)
    refunds.push({ payment_id: payment.id, amount: decimal(amount) })
    refunded = MathBN.add(refunded, amount)
    remaining = MathBN.sub(remaining, amount)
  }
  return { refunds, refunded: decimal(refunded), released: decimal(remaining) }
}

/**
 * Σ of a money field over rows (as Query or a module returns them: the
 * `raw_<field>` form when present), as a decimal string.
 */
export function sumAmounts(
  rows: (QueryRow | null | undefined)[] | null | undefined,
  field = "amount"
): string {
  let total = MathBN.convert(0)
  for (const row of rows ?? []) {
    if (!row) continue
    total = MathBN.add(total, row[`raw_${field}`] ?? row[field] ?? 0)
  }
  return total.toFixed()
}
