/**
 * Phone number normalisation for WhatsApp: both the Cloud API and Fonnte-style
 * gateways want the international number as digits only, without "+".
 */
import { MedusaError } from "@medusajs/framework/utils"

/** E.164 allows at most 15 digits; shorter than 8 is never a mobile number. */
const MIN_DIGITS = 8
const MAX_DIGITS = 15

/**
 * Turns a number as customers type it into WhatsApp's form, e.g.
 * "0812-3456-7890", "+62 812 3456 7890" and "+62 (0)812 3456 7890" all become
 * "6281234567890". Strips spaces, dashes, dots, parentheses and a leading "+";
 * a leading "0" (national trunk prefix) becomes `countryCode`. Throws a
 * MedusaError (INVALID_DATA) naming the number when the result is not 8–15
 * digits.
 */
export function normalizeWhatsAppNumber(
  raw: string,
  countryCode = "62"
): string {
  if (!/^[1-9]\d{0,3}$/.test(countryCode)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `whatsapp: invalid country code "${countryCode}": expected 1–4 digits without "+"`
    )
  }
  const input = typeof raw === "string" ? raw : String(raw)
  let digits = input
    .trim()
    // "+62 (0)812…": the "(0)" is the trunk prefix, dropped when dialling abroad.
    .replace(/\(0\)/g, "")
    .replace(/[\s\-.()]/g, "")
  if (digits.startsWith("+")) {
    digits = digits.slice(1)
  }
  if (digits.startsWith("0")) {
    digits = countryCode + digits.slice(1)
  }
  if (
    !/^\d+$/.test(digits) ||
    digits.length < MIN_DIGITS ||
    digits.length > MAX_DIGITS
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `whatsapp: invalid phone number "${input}": expected ${MIN_DIGITS}–${MAX_DIGITS} digits after normalisation`
    )
  }
  return digits
}
