import { BigNumber, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * Midtrans charges in IDR only, in whole rupiah. Medusa keeps amounts in the
 * currency's main unit and IDR has no minor unit, so amounts go to Midtrans
 * unchanged: never multiplied or divided by 100.
 */
export function assertIdr(currencyCode: string | undefined | null): void {
  if ((currencyCode ?? "").toLowerCase() !== "idr") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Midtrans: only IDR is supported, got currency ${JSON.stringify(
        currencyCode ?? null
      )}`
    )
  }
}

/**
 * A Medusa amount (number, string, BigNumber or raw `{ value }`) as whole
 * rupiah. Throws (INVALID_DATA) for a fraction or a non-positive amount.
 */
export function toRupiah(
  amount: BigNumberInput | unknown,
  what = "amount"
): number {
  let value: number
  try {
    value = Number(new BigNumber(amount as BigNumberInput).numeric)
  } catch {
    value = NaN
  }
  if (!Number.isFinite(value) || !Number.isInteger(value)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Midtrans: the ${what} must be a whole number of rupiah (IDR has no cents), got ${String(
        Number.isNaN(value) ? JSON.stringify(amount) : value
      )}`
    )
  }
  if (value <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Midtrans: the ${what} must be greater than 0, got ${value}`
    )
  }
  return value
}

/** Midtrans' amount strings ("150000.00") as a number; undefined when absent or not a number. */
export function parseMidtransAmount(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined
  const n = typeof value === "number" ? value : Number(String(value))
  return Number.isFinite(n) ? n : undefined
}
