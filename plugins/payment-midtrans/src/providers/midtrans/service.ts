import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentCustomerDTO,
  PaymentSessionStatus as PaymentSessionStatusType,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionData,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { assertIdr, parseMidtransAmount, toRupiah } from "./amount"
import { MidtransClient, midtransHosts } from "./client"
import { resolveMidtransOptions, type ResolvedMidtransOptions } from "./options"
import { orderIdForSession, sessionIdFromOrderId } from "./order-id"
import { verifyMidtransSignature } from "./signature"
import {
  isBackwards,
  isCapturedState,
  mapMidtransStatus,
  type MidtransState,
} from "./status"
import type {
  MidtransOptions,
  MidtransPaymentData,
  MidtransTransaction,
  MidtransWebhookDetails,
  RecordedRefund,
  SnapTransactionRequest,
} from "./types"

type InjectedDependencies = {
  logger?: Logger
}

/** A webhook result's data with the Midtrans details our subscriber reads. */
export type MidtransWebhookActionData = WebhookActionData & {
  midtrans: MidtransWebhookDetails
}

export const MIDTRANS_IDENTIFIER = "midtrans"

function stateOf(data: {
  transaction_status?: unknown
  fraud_status?: unknown
}): MidtransState {
  if (typeof data.transaction_status !== "string" || !data.transaction_status)
    return null
  return {
    transaction_status: data.transaction_status,
    fraud_status:
      typeof data.fraud_status === "string" ? data.fraud_status : null,
  }
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined
}

function sumRefunds(refunds: RecordedRefund[]): number {
  return refunds.reduce((total, r) => total + Number(r.amount || 0), 0)
}

/**
 * Midtrans payment provider (Snap). Register it in the Payment Module:
 *
 *   { resolve: "@belanjain/payment-midtrans/providers/midtrans", id: "midtrans", options }
 *
 * Provider id `pp_midtrans_midtrans`; Midtrans' Payment Notification URL is
 * `https://<medusa>/hooks/payment/midtrans_midtrans`.
 *
 * The Midtrans order id is the payment session id, so every notification maps
 * back to its session. Notifications are only hints: each one is verified
 * (signature) and then confirmed with the Status API before Medusa acts on it.
 * Amounts are whole rupiah and go to Midtrans unchanged.
 */
export class MidtransProviderService extends AbstractPaymentProvider<MidtransOptions> {
  static identifier = MIDTRANS_IDENTIFIER

  protected readonly logger_: Logger | undefined
  protected readonly options_: ResolvedMidtransOptions
  protected readonly client_: MidtransClient

  static validateOptions(options: Record<string, unknown>): void {
    resolveMidtransOptions(options)
  }

  constructor(container: InjectedDependencies, options: MidtransOptions) {
    super(container as Record<string, unknown>, options)
    this.logger_ = container.logger
    this.options_ = resolveMidtransOptions(options)
    this.client_ = new MidtransClient({
      serverKey: this.options_.server_key,
      isProduction: this.options_.is_production,
      baseUrl: this.options_.base_url,
    })
  }

  // ---------------------------------------------------------------- sessions

  async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    assertIdr(input.currency_code)
    const grossAmount = toRupiah(input.amount, "payment amount")
    const sessionId = nonEmpty(input.data?.session_id)
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Midtrans: the payment session id (data.session_id) is missing; Medusa's Payment Module passes it when it creates a session"
      )
    }
    const data = await this.createSnapTransaction(
      sessionId,
      1,
      grossAmount,
      input.context?.customer
    )
    return { id: data.order_id, status: PaymentSessionStatus.PENDING, data }
  }

  /**
   * Same amount: nothing to do. A new amount needs a new Snap transaction
   * (Midtrans never reuses an order id): `${session_id}-r${n}`. A previous
   * transaction that is still waiting for payment (VA / QRIS issued) is
   * expired first so the shopper cannot pay the old amount; one that is
   * already paid or authorized is refused.
   */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    assertIdr(input.currency_code)
    const grossAmount = toRupiah(input.amount, "payment amount")
    const current = (input.data ?? {}) as Partial<MidtransPaymentData>
    if (current.order_id && current.gross_amount === grossAmount) {
      return { data: input.data }
    }
    const sessionId =
      nonEmpty(current.session_id) ??
      (current.order_id ? sessionIdFromOrderId(current.order_id) : undefined)
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Midtrans: cannot update a payment without its session id (data.session_id)"
      )
    }

    if (current.order_id) {
      const previous = await this.client_.getStatus(current.order_id)
      const state = stateOf(previous ?? {})
      const { status } = mapMidtransStatus(state)
      if (
        status === PaymentSessionStatus.CAPTURED ||
        status === PaymentSessionStatus.AUTHORIZED ||
        status === PaymentSessionStatus.REQUIRES_MORE
      ) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Midtrans: order ${current.order_id} is already ${state?.transaction_status}; its amount cannot change (cancel or refund it instead)`
        )
      }
      if (state?.transaction_status === "pending") {
        await this.client_.expire(current.order_id)
      }
    }

    const revision = Math.max(Number(current.revision ?? 1), 1) + 1
    const data = await this.createSnapTransaction(
      sessionId,
      revision,
      grossAmount,
      input.context?.customer
    )
    return { status: PaymentSessionStatus.PENDING, data }
  }

  // ----------------------------------------------------------------- status

  /**
   * Reads the Status API. `captured` and `authorized` let Medusa complete the
   * cart; `pending_authorization` (a VA / QRIS waiting for the transfer) lets
   * Medusa place the order awaiting payment; `pending` (no transaction yet)
   * makes completion fail. An amount that differs from the session's is an
   * error.
   */
  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    const data = this.paymentData(input.data)
    const tx = await this.client_.getStatus(data.order_id)
    return this.applyStatus(data, tx)
  }

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const data = this.paymentData(input.data)
    const tx = await this.client_.getStatus(data.order_id)
    return this.applyStatus(data, tx)
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    const data = this.paymentData(input.data)
    const tx = await this.client_.getStatus(data.order_id)
    return { data: this.applyStatus(data, tx).data }
  }

  // ----------------------------------------------------------------- money

  /**
   * Settled / captured payments need nothing. A card pre-authorization
   * (`authorize`) is captured with the Core API. Anything else cannot be
   * captured.
   */
  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    const data = this.paymentData(input.data)
    const state = stateOf(data)
    if (isCapturedState(state)) return { data }
    if (state?.transaction_status !== "authorize") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Midtrans: order ${data.order_id} cannot be captured in status ${JSON.stringify(
          state?.transaction_status ?? "no transaction"
        )}; only card pre-authorizations (authorize) are captured`
      )
    }
    if (!data.transaction_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Midtrans: order ${data.order_id} has no transaction_id to capture`
      )
    }
    const res = await this.client_.capture({
      transaction_id: data.transaction_id,
      gross_amount: data.gross_amount,
    })
    return {
      data: {
        ...data,
        ...this.transactionFields(res),
        // Midtrans answers a capture with `capture`; without a fraud check
        // there is no fraud_status, which still means accepted.
        transaction_status: res.transaction_status ?? "capture",
      },
    }
  }

  /**
   * Cancels with Midtrans according to the transaction's current state:
   * nothing yet → nothing to do; pending → expire; authorize or capture held
   * for review → cancel; already ended → nothing to do; captured → refused
   * (refund instead).
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return this.cancelOrExpire(input.data, { refuseCaptured: true })
  }

  /**
   * Like cancelPayment, for a payment session that is being deleted (the
   * shopper switched payment method, the cart changed). Never throws for a
   * captured transaction, and Midtrans failures are logged rather than
   * blocking the shopper.
   */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    try {
      return await this.cancelOrExpire(input.data, { refuseCaptured: false })
    } catch (e) {
      this.logger_?.warn(
        `Midtrans: could not cancel order ${String(
          input.data?.order_id ?? input.data?.session_id ?? "(unknown)"
        )} while deleting its payment session: ${(e as Error).message}`
      )
      return { data: input.data }
    }
  }

  /**
   * Refunds `amount` rupiah (full or partial) with Midtrans' refund API. The
   * refund key is Medusa's idempotency key (the refund id), so a retried
   * refund is not paid out twice.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const amount = toRupiah(input.amount, "refund amount")
    const data = this.paymentData(input.data)
    const refunds: RecordedRefund[] = Array.isArray(data.refunds)
      ? [...data.refunds]
      : []

    // A refund already made in the Midtrans dashboard, which a workflow is
    // recording in Medusa: it puts `external_refund: { refund_key, amount }`
    // in the payment data and asks Medusa to refund that amount. The money
    // already went back, so Midtrans is not called again; the refund is only
    // recorded in `data.refunds`.
    if (data.external_refund) {
      const { external_refund: external, ...rest } = data
      const externalAmount = Number(external.amount)
      if (externalAmount !== amount || !external.refund_key) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Midtrans: the external refund ${JSON.stringify(external)} does not match the requested refund of ${amount}`
        )
      }
      if (!refunds.some((r) => r.refund_key === external.refund_key)) {
        refunds.push({ refund_key: external.refund_key, amount })
      }
      return {
        data: { ...rest, refunds, refunded_amount: sumRefunds(refunds) },
      }
    }

    const refundKey =
      nonEmpty(input.context?.idempotency_key) ??
      `${data.order_id}-refund-${Date.now()}`
    if (refunds.some((r) => r.refund_key === refundKey)) {
      // Already refunded with this key (a retry): nothing more to pay out.
      return { data }
    }
    const res = await this.client_.refund(data.order_id, {
      refund_key: refundKey,
      amount,
      reason: "Refund from Medusa",
    })
    refunds.push({ refund_key: refundKey, amount })
    return {
      data: {
        ...data,
        transaction_status: res.transaction_status ?? data.transaction_status,
        status_code: res.status_code ?? data.status_code,
        refunds,
        refunded_amount: sumRefunds(refunds),
      },
    }
  }

  // --------------------------------------------------------------- webhooks

  /**
   * Midtrans' HTTP notification. Verified with the signature
   * `sha512(order_id + status_code + gross_amount + server_key)`, then
   * confirmed with the Status API: the notification is only a hint, the
   * action comes from Midtrans' current status, so a late or replayed
   * notification cannot move a payment backwards. The Status API's amount is
   * the amount Medusa records.
   */
  async getWebhookActionAndData(
    payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    const body = this.webhookBody(payload)
    const orderId =
      body && typeof body.order_id === "string" ? body.order_id : undefined
    if (!body || !verifyMidtransSignature(body, this.options_.server_key)) {
      this.logger_?.warn(
        `Midtrans: ignoring a notification with a missing or invalid signature (order_id ${JSON.stringify(
          orderId ?? null
        )})`
      )
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    const order = orderId as string

    const tx = await this.client_.getStatus(order)
    if (!tx) {
      this.logger_?.warn(
        `Midtrans: notification for order ${order}, which the Status API does not know; ignored`
      )
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    const notified = parseMidtransAmount(body.gross_amount)
    const amount = parseMidtransAmount(tx.gross_amount)
    if (amount === undefined || notified !== amount) {
      this.logger_?.warn(
        `Midtrans: notification for order ${order} says gross_amount ${String(
          body.gross_amount
        )} but the Status API says ${String(tx.gross_amount)}; ignored`
      )
      return { action: PaymentActions.NOT_SUPPORTED }
    }

    const { action } = mapMidtransStatus(stateOf(tx))
    const data: MidtransWebhookActionData = {
      session_id: sessionIdFromOrderId(order),
      amount,
      midtrans: {
        order_id: order,
        transaction_id: tx.transaction_id,
        transaction_status: tx.transaction_status,
        fraud_status: tx.fraud_status,
        status_code: tx.status_code,
        payment_type: tx.payment_type,
        refund_amount: parseMidtransAmount(tx.refund_amount),
        refunds: Array.isArray(tx.refunds) ? tx.refunds : undefined,
      },
    }
    return { action, data }
  }

  // ---------------------------------------------------------------- helpers

  protected async createSnapTransaction(
    sessionId: string,
    revision: number,
    grossAmount: number,
    customer: PaymentCustomerDTO | undefined
  ): Promise<MidtransPaymentData> {
    const orderId = orderIdForSession(sessionId, revision)
    const request: SnapTransactionRequest = {
      transaction_details: { order_id: orderId, gross_amount: grossAmount },
      credit_card: { secure: true },
    }
    const customerDetails = this.customerDetails(customer)
    if (customerDetails) request.customer_details = customerDetails
    if (this.options_.payment_expiry_minutes) {
      request.expiry = {
        unit: "minute",
        duration: this.options_.payment_expiry_minutes,
      }
    }
    const snap = await this.client_.createSnapTransaction(request)
    return {
      session_id: sessionId,
      order_id: orderId,
      revision,
      gross_amount: grossAmount,
      currency_code: "idr",
      snap_token: snap.token,
      redirect_url: snap.redirect_url,
      // Public values for the storefront's Snap.js; never the server key.
      client_key: this.options_.client_key,
      snap_js_url: `${
        midtransHosts({
          isProduction: this.options_.is_production,
          baseUrl: this.options_.base_url,
        }).snap
      }/snap/snap.js`,
    }
  }

  protected customerDetails(
    customer: PaymentCustomerDTO | undefined
  ): SnapTransactionRequest["customer_details"] | undefined {
    if (!customer) return undefined
    // Billing addresses usually carry names too, though AddressDTO omits them.
    const billing = (customer.billing_address ?? undefined) as
      Record<string, unknown> | undefined
    const details = {
      email: nonEmpty(customer.email),
      first_name:
        nonEmpty(customer.first_name) ?? nonEmpty(billing?.first_name),
      last_name: nonEmpty(customer.last_name) ?? nonEmpty(billing?.last_name),
      phone: nonEmpty(customer.phone) ?? nonEmpty(billing?.phone),
    }
    const present = Object.fromEntries(
      Object.entries(details).filter(([, v]) => v !== undefined)
    )
    return Object.keys(present).length ? present : undefined
  }

  /** The session / payment data, checked for what every call needs. */
  protected paymentData(
    data: Record<string, unknown> | undefined
  ): MidtransPaymentData {
    const d = (data ?? {}) as Partial<MidtransPaymentData>
    const orderId = nonEmpty(d.order_id) ?? nonEmpty(d.session_id)
    if (!orderId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Midtrans: the payment data has no order_id (was the session created by this provider?)"
      )
    }
    const grossAmount =
      d.gross_amount === undefined ? NaN : Number(d.gross_amount)
    return {
      ...d,
      order_id: orderId,
      session_id: nonEmpty(d.session_id) ?? sessionIdFromOrderId(orderId),
      gross_amount: grossAmount,
      currency_code: "idr",
    } as MidtransPaymentData
  }

  /** The fields of a Status API answer kept in the payment data. */
  protected transactionFields(
    tx: MidtransTransaction
  ): Partial<MidtransPaymentData> {
    const fields: Partial<MidtransPaymentData> = {
      transaction_id: tx.transaction_id,
      transaction_status: tx.transaction_status ?? null,
      fraud_status: tx.fraud_status ?? null,
      payment_type: tx.payment_type ?? null,
      status_code: tx.status_code,
    }
    if (tx.transaction_time) fields.transaction_time = tx.transaction_time
    if (tx.settlement_time) fields.settlement_time = tx.settlement_time
    if (tx.expiry_time) fields.expiry_time = tx.expiry_time
    return Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined)
    ) as Partial<MidtransPaymentData>
  }

  /**
   * Merges a Status API answer into the data and maps it to a session
   * status, never backwards: an answer that ranks below what the data
   * already records (pending after settlement) is ignored.
   */
  protected applyStatus(
    data: MidtransPaymentData,
    tx: MidtransTransaction | null
  ): { status: PaymentSessionStatusType; data: MidtransPaymentData } {
    const previous = stateOf(data)
    const next = tx ? stateOf(tx) : null
    if (isBackwards(previous, next)) {
      this.logger_?.info(
        `Midtrans: order ${data.order_id} is ${previous?.transaction_status} in Medusa but Midtrans answered ${
          next?.transaction_status ?? "no transaction"
        }; keeping ${previous?.transaction_status}`
      )
      return { status: mapMidtransStatus(previous).status, data }
    }
    if (!tx) {
      return { status: mapMidtransStatus(null).status, data }
    }
    const merged: MidtransPaymentData = {
      ...data,
      ...this.transactionFields(tx),
    }
    delete merged.amount_mismatch
    const received = parseMidtransAmount(tx.gross_amount)
    if (
      received !== undefined &&
      Number.isFinite(data.gross_amount) &&
      received !== data.gross_amount
    ) {
      this.logger_?.warn(
        `Midtrans: order ${data.order_id} was paid ${received} but the session expects ${data.gross_amount}`
      )
      return {
        status: PaymentSessionStatus.ERROR,
        data: {
          ...merged,
          amount_mismatch: { expected: data.gross_amount, received },
        },
      }
    }
    return { status: mapMidtransStatus(next).status, data: merged }
  }

  protected async cancelOrExpire(
    rawData: Record<string, unknown> | undefined,
    { refuseCaptured }: { refuseCaptured: boolean }
  ): Promise<CancelPaymentOutput> {
    const orderId = nonEmpty(rawData?.order_id)
    if (!orderId) return { data: rawData }
    const data = this.paymentData(rawData)

    // The data may be stale (a session's data is written before the shopper
    // picks a payment method in Snap): ask Midtrans, never going backwards.
    const tx = await this.client_.getStatus(orderId)
    const recorded = stateOf(data)
    const fresh = tx ? stateOf(tx) : null
    const state = isBackwards(recorded, fresh) ? recorded : fresh
    const current: MidtransPaymentData =
      tx && state === fresh ? { ...data, ...this.transactionFields(tx) } : data
    const status = state?.transaction_status

    if (isCapturedState(state)) {
      if (refuseCaptured) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Midtrans: order ${orderId} is already paid (${status}); it cannot be canceled, refund it instead`
        )
      }
      return { data: current }
    }
    if (!state) return { data: current }
    if (status === "pending") {
      const res = await this.client_.expire(orderId)
      return {
        data: {
          ...current,
          ...this.transactionFields(res),
          transaction_status: res.transaction_status ?? "expire",
        },
      }
    }
    if (
      status === "authorize" ||
      (status === "capture" && state.fraud_status === "challenge")
    ) {
      const res = await this.client_.cancel(orderId)
      return {
        data: {
          ...current,
          ...this.transactionFields(res),
          transaction_status: res.transaction_status ?? "cancel",
        },
      }
    }
    // cancel, expire, deny, failure: already over.
    return { data: current }
  }

  protected webhookBody(
    payload: ProviderWebhookPayload["payload"] | undefined
  ): Record<string, unknown> | undefined {
    const data = payload?.data
    if (data && typeof data === "object" && Object.keys(data).length) {
      return data as Record<string, unknown>
    }
    const raw = payload?.rawData
    if (raw === undefined || raw === null) return undefined
    try {
      const text =
        typeof raw === "string" ? raw : Buffer.from(raw).toString("utf8")
      const parsed = JSON.parse(text)
      return parsed && typeof parsed === "object" ? parsed : undefined
    } catch {
      return undefined
    }
  }
}

export default MidtransProviderService
