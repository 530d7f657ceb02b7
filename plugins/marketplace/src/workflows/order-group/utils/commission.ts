import { BigNumber, MathBN } from "@medusajs/framework/utils"

/**
 * Commission of one order line: `rate` percent of `base` (the line's total
 * after discounts, without tax), rounded half-up to the currency's decimal
 * digits (IDR has none: whole rupiah).
 */
export function commissionAmount(
  base: number | string | BigNumber,
  rate: number,
  decimalDigits: number
): number {
  const raw = MathBN.div(MathBN.mult(base, rate), 100)
  const factor = 10 ** decimalDigits
  const scaled = MathBN.mult(raw, factor).toNumber()
  // half-up on the absolute value, so a refund line rounds like a sale line
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9)
  return rounded / factor
}

/** The rate in force: the seller's override, else the platform default. */
export function commissionRate(
  sellerRate: number | null | undefined,
  platformRate: number
): number {
  return sellerRate === null || sellerRate === undefined
    ? platformRate
    : sellerRate
}
