/**
 * Options of the Midtrans payment provider, as given in medusa-config.ts:
 *
 *   {
 *     resolve: "@belanjain/payment-midtrans/providers/midtrans",
 *     id: "midtrans",
 *     options: { server_key, client_key, is_production, base_url },
 *   }
 */
export type MidtransOptions = {
  /** Server key (MIDTRANS_SERVER_KEY). Secret: only ever sent to Midtrans. */
  server_key: string
  /** Client key (MIDTRANS_CLIENT_KEY), public: the storefront loads Snap.js with it. */
  client_key: string
  /** Production endpoints when true, sandbox otherwise. Default false. */
  is_production?: boolean | "true" | "false"
  /**
   * Overrides both hosts (tests, sandboxes behind a proxy): Snap is
   * `${base_url}/snap/v1/transactions`, the Core API `${base_url}/v2/...`.
   */
  base_url?: string
  /** How long a Snap transaction may stay unpaid, in minutes. */
  payment_expiry_minutes?: number
}

/** Midtrans `transaction_status` values. */
export type MidtransTransactionStatus =
  | "authorize"
  | "capture"
  | "settlement"
  | "pending"
  | "deny"
  | "cancel"
  | "expire"
  | "failure"
  | "refund"
  | "partial_refund"

/** Midtrans `fraud_status` values. */
export type MidtransFraudStatus = "accept" | "challenge" | "deny"

/** A refund as the Status API lists it in `refunds`. */
export type MidtransRefund = {
  refund_chargeback_id?: number | string
  refund_chargeback_uuid?: string
  refund_amount: string
  created_at?: string
  reason?: string
  refund_key?: string
  refund_method?: string
  bank_confirmed_at?: string
}

/**
 * The body of the Status API (`GET /v2/{order_id}/status`) and of payment
 * notifications. Midtrans renders amounts as strings with two decimals
 * ("150000.00").
 */
export type MidtransTransaction = {
  status_code: string
  status_message?: string
  transaction_id?: string
  order_id: string
  merchant_id?: string
  gross_amount?: string
  currency?: string
  payment_type?: string
  transaction_time?: string
  transaction_status?: MidtransTransactionStatus | string
  fraud_status?: MidtransFraudStatus | string
  settlement_time?: string
  expiry_time?: string
  signature_key?: string
  refund_amount?: string
  refunds?: MidtransRefund[]
  [key: string]: unknown
}

/** Response of Snap `POST /snap/v1/transactions`. */
export type SnapTransactionResponse = {
  token: string
  redirect_url: string
}

/** Request body of Snap `POST /snap/v1/transactions` (the fields we send). */
export type SnapTransactionRequest = {
  transaction_details: { order_id: string; gross_amount: number }
  customer_details?: {
    email?: string
    first_name?: string
    last_name?: string
    phone?: string
  }
  credit_card?: { secure: boolean }
  expiry?: { unit: "minute"; duration: number }
}

/** Response of `POST /v2/{order_id}/refund`. */
export type MidtransRefundResponse = MidtransTransaction & {
  refund_chargeback_id?: number | string
  refund_key?: string
}

/** A refund Medusa knows about, kept in the payment's `data.refunds`. */
export type RecordedRefund = { refund_key: string; amount: number }

/**
 * What the provider keeps in the payment session's / payment's `data`. The
 * session data is readable by the storefront: never put the server key here.
 */
export type MidtransPaymentData = {
  session_id: string
  /** Midtrans order id: the session id, or `${session_id}-r${n}` after an amount change. */
  order_id: string
  /** 1 for the first Snap transaction of the session, n for `-r${n}`. */
  revision?: number
  /** Integer rupiah. */
  gross_amount: number
  currency_code: "idr"
  snap_token?: string
  redirect_url?: string
  client_key?: string
  transaction_id?: string
  transaction_status?: string | null
  fraud_status?: string | null
  payment_type?: string | null
  status_code?: string
  amount_mismatch?: { expected: number; received: number }
  refunded_amount?: number
  refunds?: RecordedRefund[]
  /**
   * Set by a workflow that records a refund made in the Midtrans dashboard:
   * refundPayment then records it without calling Midtrans again.
   */
  external_refund?: RecordedRefund
  [key: string]: unknown
}

/**
 * The extra `midtrans` field of a webhook result's data. Medusa's own
 * webhook subscriber ignores it; the plugin's subscriber uses it for failed
 * payments and for refunds made in the Midtrans dashboard.
 */
export type MidtransWebhookDetails = {
  order_id: string
  transaction_id?: string
  transaction_status?: string
  fraud_status?: string
  status_code?: string
  payment_type?: string
  refund_amount?: number
  refunds?: MidtransRefund[]
}
