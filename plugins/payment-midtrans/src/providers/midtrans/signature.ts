import { createHash, timingSafeEqual } from "node:crypto"

/** The notification fields Midtrans signs, exactly as they were sent. */
export type SignedFields = {
  order_id: string
  status_code: string
  gross_amount: string
}

/**
 * Midtrans' notification signature:
 * `sha512(order_id + status_code + gross_amount + server_key)` in hex.
 * The fields are concatenated exactly as Midtrans sent them: `gross_amount`
 * is a string such as "150000.00" and must never be reformatted.
 */
export function midtransSignature(
  fields: SignedFields,
  serverKey: string
): string {
  return createHash("sha512")
    .update(
      `${fields.order_id}${fields.status_code}${fields.gross_amount}${serverKey}`,
      "utf8"
    )
    .digest("hex")
}

/**
 * True when `body.signature_key` is the signature of the body's own fields
 * with `serverKey`. Anything missing or of the wrong type is invalid. The
 * comparison takes constant time.
 */
export function verifyMidtransSignature(
  body: Record<string, unknown> | null | undefined,
  serverKey: string
): boolean {
  if (!body || !serverKey) return false
  const { order_id, status_code, gross_amount, signature_key } = body
  if (
    typeof order_id !== "string" ||
    typeof status_code !== "string" ||
    typeof gross_amount !== "string" ||
    typeof signature_key !== "string" ||
    !order_id
  ) {
    return false
  }
  const expected = Buffer.from(
    midtransSignature({ order_id, status_code, gross_amount }, serverKey),
    "utf8"
  )
  const received = Buffer.from(signature_key.toLowerCase(), "utf8")
  if (expected.length !== received.length) return false
  return timingSafeEqual(expected, received)
}
