import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

/**
 * A Midtrans transaction's state as the Status API or a notification gives
 * it. `null` / `undefined` (or no `transaction_status`) means Midtrans has no
 * transaction for the order yet: the shopper has not picked a payment method
 * in Snap.
 */
export type MidtransState = {
  transaction_status?: string | null
  fraud_status?: string | null
} | null

export type MappedStatus = {
  /** The Medusa payment session status. */
  status: PaymentSessionStatus
  /** The webhook action for Medusa's payment module. */
  action: PaymentActions
}

type Rule = MappedStatus & {
  /**
   * How far along the transaction is; a later answer with a lower rank is
   * stale (a late or reordered notification, an eventually consistent read)
   * and must not move the status backwards.
   */
  rank: number
}

const NO_TRANSACTION: Rule = {
  status: PaymentSessionStatus.PENDING,
  action: PaymentActions.PENDING,
  rank: 0,
}

const UNKNOWN: Rule = {
  status: PaymentSessionStatus.PENDING,
  action: PaymentActions.NOT_SUPPORTED,
  rank: 0,
}

/** Money taken: card capture accepted by the fraud check, or settled. */
const CAPTURED: Rule = {
  status: PaymentSessionStatus.CAPTURED,
  action: PaymentActions.SUCCESSFUL,
  rank: 3,
}

/**
 * The status table. Ranks: 0 nothing yet, 1 waiting for the shopper (VA,
 * QRIS, e-wallet), 2 card authorized or held for review, 3 final (money
 * taken, refunded, or the transaction ended without payment).
 */
const RULES: Record<string, Rule> = {
  settlement: CAPTURED,
  // Refunds happen after the money was taken; Medusa records them as
  // refunds on the captured payment, so the session stays captured.
  refund: { ...CAPTURED, action: PaymentActions.NOT_SUPPORTED },
  partial_refund: { ...CAPTURED, action: PaymentActions.NOT_SUPPORTED },
  authorize: {
    status: PaymentSessionStatus.AUTHORIZED,
    action: PaymentActions.AUTHORIZED,
    rank: 2,
  },
  pending: {
    status: PaymentSessionStatus.PENDING_AUTHORIZATION,
    action: PaymentActions.PENDING,
    rank: 1,
  },
  deny: {
    status: PaymentSessionStatus.ERROR,
    action: PaymentActions.FAILED,
    rank: 3,
  },
  failure: {
    status: PaymentSessionStatus.ERROR,
    action: PaymentActions.FAILED,
    rank: 3,
  },
  cancel: {
    status: PaymentSessionStatus.CANCELED,
    action: PaymentActions.CANCELED,
    rank: 3,
  },
  expire: {
    status: PaymentSessionStatus.CANCELED,
    action: PaymentActions.CANCELED,
    rank: 3,
  },
}

/** `capture` depends on the fraud check. */
const CAPTURE_RULES: Record<string, Rule> = {
  accept: CAPTURED,
  challenge: {
    status: PaymentSessionStatus.REQUIRES_MORE,
    action: PaymentActions.REQUIRES_MORE,
    rank: 2,
  },
  deny: RULES.deny,
}

function ruleFor(state: MidtransState | undefined): Rule {
  const transactionStatus = state?.transaction_status
  if (!transactionStatus) return NO_TRANSACTION
  if (transactionStatus === "capture") {
    const fraud = state?.fraud_status
    // Midtrans omits fraud_status when no fraud check ran: the capture stands.
    if (!fraud) return CAPTURED
    return CAPTURE_RULES[fraud] ?? UNKNOWN
  }
  return RULES[transactionStatus] ?? UNKNOWN
}

/**
 * Maps a Midtrans transaction state to Medusa's payment session status and
 * webhook action:
 *
 * | transaction_status (fraud_status) | session status        | action         |
 * | --------------------------------- | --------------------- | -------------- |
 * | settlement                        | captured              | captured       |
 * | capture (accept or none)          | captured              | captured       |
 * | capture (challenge)               | requires_more         | requires_more  |
 * | authorize                         | authorized            | authorized     |
 * | pending                           | pending_authorization | pending        |
 * | deny, failure                     | error                 | failed         |
 * | cancel, expire                    | canceled              | canceled       |
 * | refund, partial_refund            | captured              | not_supported  |
 * | no transaction yet                | pending               | pending        |
 * | anything else                     | pending               | not_supported  |
 */
export function mapMidtransStatus(
  state: MidtransState | undefined
): MappedStatus {
  const { status, action } = ruleFor(state)
  return { status, action }
}

/** The rank of a state: 0 nothing yet, 1 waiting, 2 authorized / held, 3 final. */
export function statusRank(state: MidtransState | undefined): number {
  return ruleFor(state).rank
}

/**
 * True when moving from `previous` to `next` would go backwards, e.g. a
 * settled (captured) transaction answered later as pending, authorize or
 * challenge. Such an answer is stale and the previous state is kept. Final
 * states (captured, refunded, denied, canceled, expired) are never replaced by
 * non-final ones; moves between final states (settlement → refund) are
 * allowed.
 */
export function isBackwards(
  previous: MidtransState | undefined,
  next: MidtransState | undefined
): boolean {
  return statusRank(next) < statusRank(previous)
}

/**
 * True when the money was taken: settled, captured and accepted by the fraud
 * check, or (partially) refunded since.
 */
export function isCapturedState(state: MidtransState | undefined): boolean {
  return ruleFor(state).status === PaymentSessionStatus.CAPTURED
}
