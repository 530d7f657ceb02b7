/**
 * Midtrans order ids. The first Snap transaction of a payment session uses
 * the session id itself, so a notification leads straight back to the
 * session. Midtrans never accepts an order id twice, so a session whose
 * amount changes gets a new transaction `${session_id}-r${n}` (n = 2, 3, ...).
 */
const REVISION_SUFFIX = /-r\d+$/

/** The Midtrans order id of the `revision`th transaction of a session. */
export function orderIdForSession(sessionId: string, revision = 1): string {
  return revision <= 1 ? sessionId : `${sessionId}-r${revision}`
}

/** The payment session id an order id belongs to (strips `-r${n}`). */
export function sessionIdFromOrderId(orderId: string): string {
  return orderId.replace(REVISION_SUFFIX, "")
}
