import { createHash, randomUUID } from "node:crypto"
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A small fake of Midtrans (Snap + Core API) on 127.0.0.1 for tests. It speaks
 * the real shapes: Basic auth with the server key, Snap's
 * `POST /snap/v1/transactions`, the Status API `GET /v2/{order_id}/status`,
 * `POST /v2/capture`, `/v2/{order_id}/cancel`, `/expire`, `/refund`, amounts as
 * strings with two decimals ("150000.00"), and signed payment notifications.
 *
 * Point the provider at it with the `base_url` option (MIDTRANS_BASE_URL).
 */

export type FakeMidtransOptions = {
  serverKey: string
  merchantId?: string
  /**
   * The HTTP status of the Status API's "Transaction doesn't exist." answer.
   * Midtrans has answered both 404 and 200 (with `status_code: "404"` in the
   * body); the provider handles both. Default 404.
   */
  notFoundHttpStatus?: 200 | 404
}

export type FakeMidtransRequest = {
  method: string
  path: string
  headers: IncomingHttpHeaders
  /** Parsed JSON, the raw text when it was not JSON, undefined when empty. */
  body: unknown
}

export type FakeMidtransRefund = {
  refund_chargeback_id: number
  refund_key: string
  refund_amount: number
  reason?: string
  created_at: string
}

export type FakeMidtransTransaction = {
  order_id: string
  /** Integer rupiah. */
  gross_amount: number
  snap_token?: string
  /** The Snap request body, as received. */
  snap_request?: unknown
  /** Set once the shopper picked a payment method (setStatus). */
  transaction_id?: string
  transaction_status?: string
  fraud_status?: string
  payment_type?: string
  transaction_time?: string
  settlement_time?: string
  /** Total refunded, integer rupiah. */
  refund_amount: number
  refunds: FakeMidtransRefund[]
}

export type FakeMidtrans = {
  url: string
  serverKey: string
  merchantId: string
  requests: FakeMidtransRequest[]
  transactions: Map<string, FakeMidtransTransaction>
  /**
   * Moves a transaction to `transaction_status` as if the shopper paid (or
   * the bank answered). The transaction must exist (created through Snap)
   * unless `gross_amount` is given.
   */
  setStatus(
    orderId: string,
    transactionStatus: string,
    options?: {
      fraud_status?: string | null
      payment_type?: string
      gross_amount?: number
    }
  ): FakeMidtransTransaction
  /** The Status API's body for an order (the 404 body when not paid). */
  statusBody(orderId: string): Record<string, unknown>
  /**
   * A payment notification exactly as Midtrans POSTs it, signed with the
   * server key. `overrides` are applied AFTER signing, so a test can tamper
   * with `gross_amount` or `signature_key`.
   */
  notification(
    orderId: string,
    overrides?: Record<string, unknown>
  ): Record<string, unknown>
  /** A notification with `fields` applied BEFORE signing (validly signed). */
  signedNotification(
    orderId: string,
    fields: Record<string, unknown>
  ): Record<string, unknown>
  /** A refund made in the Midtrans dashboard (outside Medusa). */
  refundInDashboard(
    orderId: string,
    amount: number,
    refundKey: string
  ): FakeMidtransRefund
  close(): Promise<void>
}

const STATUS_CODES: Record<string, string> = {
  capture: "200",
  settlement: "200",
  authorize: "200",
  cancel: "200",
  refund: "200",
  partial_refund: "200",
  pending: "201",
  deny: "202",
  failure: "202",
  expire: "407",
}

/** Midtrans renders amounts as strings with two decimals. */
export function midtransAmount(amount: number): string {
  return amount.toFixed(2)
}

/** "YYYY-MM-DD HH:mm:ss" in Jakarta time (UTC+7), as Midtrans writes times. */
function jakartaTime(date = new Date()): string {
  return new Date(date.getTime() + 7 * 3600_000)
    .toISOString()
    .replace("T", " ")
    .slice(0, 19)
}

function sign(
  orderId: string,
  statusCode: string,
  grossAmount: string,
  serverKey: string
): string {
  return createHash("sha512")
    .update(`${orderId}${statusCode}${grossAmount}${serverKey}`, "utf8")
    .digest("hex")
}

class HttpError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: Record<string, unknown>
  ) {
    super(String(body.status_message ?? body.error_messages ?? httpStatus))
  }
}

function coreError(statusCode: string, message: string): HttpError {
  return new HttpError(Number(statusCode), {
    status_code: statusCode,
    status_message: message,
  })
}

export async function startFakeMidtrans(
  options: FakeMidtransOptions
): Promise<FakeMidtrans> {
  const serverKey = options.serverKey
  const merchantId = options.merchantId ?? "G000000000"
  const notFoundHttpStatus = options.notFoundHttpStatus ?? 404
  const requests: FakeMidtransRequest[] = []
  const transactions = new Map<string, FakeMidtransTransaction>()
  const expectedAuth = `Basic ${Buffer.from(`${serverKey}:`).toString("base64")}`
  let chargebackId = 0
  let url = ""

  const find = (orderId: string): FakeMidtransTransaction => {
    const tx = transactions.get(orderId)
    if (!tx?.transaction_status) {
      throw coreError("404", "Transaction doesn't exist.")
    }
    return tx
  }

  const baseBody = (tx: FakeMidtransTransaction) => {
    const status = tx.transaction_status as string
    const body: Record<string, unknown> = {
      transaction_id: tx.transaction_id,
      order_id: tx.order_id,
      merchant_id: merchantId,
      gross_amount: midtransAmount(tx.gross_amount),
      currency: "IDR",
      payment_type: tx.payment_type,
      transaction_time: tx.transaction_time,
      transaction_status: status,
      status_code: STATUS_CODES[status] ?? "200",
    }
    if (tx.fraud_status) body.fraud_status = tx.fraud_status
    if (tx.settlement_time) body.settlement_time = tx.settlement_time
    if (tx.refund_amount > 0) {
      body.refund_amount = midtransAmount(tx.refund_amount)
      body.refunds = tx.refunds.map((r) => ({
        refund_chargeback_id: r.refund_chargeback_id,
        refund_amount: midtransAmount(r.refund_amount),
        created_at: r.created_at,
        reason: r.reason ?? "",
        refund_key: r.refund_key,
        refund_method: "",
      }))
    }
    return body
  }

  const statusBody = (orderId: string): Record<string, unknown> => {
    const tx = transactions.get(orderId)
    if (!tx?.transaction_status) {
      return {
        status_code: "404",
        status_message: "Transaction doesn't exist.",
      }
    }
    const body = baseBody(tx)
    body.status_message = "Success, transaction is found"
    body.signature_key = sign(
      tx.order_id,
      body.status_code as string,
      body.gross_amount as string,
      serverKey
    )
    return body
  }

  const refund = (
    tx: FakeMidtransTransaction,
    amount: number | undefined,
    refundKey: string,
    reason?: string
  ): { refund: FakeMidtransRefund; repeated: boolean } => {
    const earlier = tx.refunds.find((r) => r.refund_key === refundKey)
    if (earlier) return { refund: earlier, repeated: true }
    const refundable = ["settlement", "capture", "partial_refund"]
    if (
      !refundable.includes(tx.transaction_status ?? "") ||
      (tx.transaction_status === "capture" && tx.fraud_status === "challenge")
    ) {
      throw coreError(
        "412",
        `Merchant cannot modify the status of the transaction (${tx.transaction_status})`
      )
    }
    const remaining = tx.gross_amount - tx.refund_amount
    const value = amount ?? remaining
    if (!Number.isInteger(value) || value <= 0) {
      throw coreError("400", "amount must be an integer greater than 0")
    }
    if (value > remaining) {
      throw coreError(
        "412",
        `Refund amount ${value} is more than the remaining refundable amount ${remaining}`
      )
    }
    const r: FakeMidtransRefund = {
      refund_chargeback_id: ++chargebackId,
      refund_key: refundKey,
      refund_amount: value,
      reason,
      created_at: jakartaTime(),
    }
    tx.refunds.push(r)
    tx.refund_amount += value
    tx.transaction_status =
      tx.refund_amount >= tx.gross_amount ? "refund" : "partial_refund"
    return { refund: r, repeated: false }
  }

  const routes = async (
    method: string,
    path: string,
    body: Record<string, unknown>
  ): Promise<{ httpStatus: number; body: unknown }> => {
    if (method === "POST" && path === "/snap/v1/transactions") {
      const details = (body.transaction_details ?? {}) as Record<
        string,
        unknown
      >
      const errors: string[] = []
      const orderId = details.order_id
      if (typeof orderId !== "string" || !orderId) {
        errors.push("transaction_details.order_id is required")
      } else if (orderId.length > 50) {
        errors.push(
          "transaction_details.order_id may not be greater than 50 characters"
        )
      } else if (!/^[A-Za-z0-9\-_~.]+$/.test(orderId)) {
        errors.push(
          "transaction_details.order_id may only contain letters, numbers, -, _, ~ and ."
        )
      }
      const gross = details.gross_amount
      if (typeof gross !== "number" || !Number.isInteger(gross) || gross <= 0) {
        errors.push(
          "transaction_details.gross_amount must be an integer greater than 0"
        )
      }
      if (Array.isArray(body.item_details) && typeof gross === "number") {
        const sum = (body.item_details as Record<string, unknown>[]).reduce(
          (s, i) => s + Number(i.price) * Number(i.quantity),
          0
        )
        if (sum !== gross) {
          errors.push(
            "transaction_details.gross_amount is not equal to the sum of item_details"
          )
        }
      }
      if (!errors.length && transactions.has(orderId as string)) {
        errors.push("transaction_details.order_id sudah digunakan")
      }
      if (errors.length) {
        return { httpStatus: 400, body: { error_messages: errors } }
      }
      const token = randomUUID()
      transactions.set(orderId as string, {
        order_id: orderId as string,
        gross_amount: gross as number,
        snap_token: token,
        snap_request: body,
        refund_amount: 0,
        refunds: [],
      })
      return {
        httpStatus: 201,
        body: { token, redirect_url: `${url}/snap/v4/redirection/${token}` },
      }
    }

    const statusMatch = path.match(/^\/v2\/([^/]+)\/status$/)
    if (method === "GET" && statusMatch) {
      const b = statusBody(decodeURIComponent(statusMatch[1]))
      return {
        httpStatus: b.status_code === "404" ? notFoundHttpStatus : 200,
        body: b,
      }
    }

    if (method === "POST" && path === "/v2/capture") {
      const tx = [...transactions.values()].find(
        (t) => t.transaction_id && t.transaction_id === body.transaction_id
      )
      if (!tx) throw coreError("404", "Transaction doesn't exist.")
      if (tx.transaction_status !== "authorize") {
        throw coreError(
          "412",
          `Merchant cannot modify the status of the transaction (${tx.transaction_status})`
        )
      }
      const amount = body.gross_amount
      if (
        amount !== undefined &&
        (typeof amount !== "number" || amount <= 0 || amount > tx.gross_amount)
      ) {
        throw coreError("400", "gross_amount is invalid")
      }
      tx.transaction_status = "capture"
      tx.fraud_status = "accept"
      return {
        httpStatus: 200,
        body: {
          ...baseBody(tx),
          status_message:
            "Success, Credit Card capture transaction is successful",
        },
      }
    }

    const actionMatch = path.match(/^\/v2\/([^/]+)\/(cancel|expire|refund)$/)
    if (method === "POST" && actionMatch) {
      const tx = find(decodeURIComponent(actionMatch[1]))
      const action = actionMatch[2]
      if (action === "cancel") {
        // Midtrans cancels card authorizations and captures (before
        // settlement) and some pending payments.
        if (
          !["authorize", "capture", "pending"].includes(
            tx.transaction_status ?? ""
          )
        ) {
          throw coreError(
            "412",
            `Merchant cannot modify the status of the transaction (${tx.transaction_status})`
          )
        }
        tx.transaction_status = "cancel"
        return {
          httpStatus: 200,
          body: {
            ...baseBody(tx),
            status_message: "Success, transaction is canceled",
          },
        }
      }
      if (action === "expire") {
        if (tx.transaction_status !== "pending") {
          throw coreError(
            "412",
            `Merchant cannot modify the status of the transaction (${tx.transaction_status})`
          )
        }
        tx.transaction_status = "expire"
        return {
          httpStatus: 200,
          body: {
            ...baseBody(tx),
            status_message: "Success, transaction has expired",
          },
        }
      }
      // refund
      const refundKey =
        typeof body.refund_key === "string" && body.refund_key
          ? body.refund_key
          : `midtrans-${randomUUID()}`
      const amount =
        body.amount === undefined || body.amount === null
          ? undefined
          : Number(body.amount)
      const { refund: r } = refund(
        tx,
        amount,
        refundKey,
        typeof body.reason === "string" ? body.reason : undefined
      )
      return {
        httpStatus: 200,
        body: {
          ...baseBody(tx),
          status_code: "200",
          status_message: "Success, refund request is approved",
          refund_chargeback_id: r.refund_chargeback_id,
          refund_amount: midtransAmount(r.refund_amount),
          refund_key: r.refund_key,
        },
      }
    }

    throw coreError("404", "The requested resource is not found")
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      void (async () => {
        const text = Buffer.concat(chunks).toString("utf8")
        let parsed: unknown = undefined
        if (text) {
          try {
            parsed = JSON.parse(text)
          } catch {
            parsed = text
          }
        }
        const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname
        const method = req.method ?? "GET"
        requests.push({ method, path, headers: req.headers, body: parsed })

        let httpStatus: number
        let out: unknown
        try {
          if (req.headers.authorization !== expectedAuth) {
            throw new HttpError(401, {
              status_code: "401",
              status_message:
                "Access denied due to unauthorized transaction, please check client or server key",
            })
          }
          if (text && (typeof parsed !== "object" || parsed === null)) {
            throw new HttpError(400, {
              status_code: "400",
              status_message: "Request body is not valid JSON",
            })
          }
          const result = await routes(
            method,
            path,
            (parsed ?? {}) as Record<string, unknown>
          )
          httpStatus = result.httpStatus
          out = result.body
        } catch (e) {
          if (e instanceof HttpError) {
            httpStatus = e.httpStatus
            out = e.body
          } else {
            httpStatus = 500
            out = { status_code: "500", status_message: String(e) }
          }
        }
        res.writeHead(httpStatus, { "Content-Type": "application/json" })
        res.end(JSON.stringify(out))
      })()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const notificationBody = (orderId: string): Record<string, unknown> => {
    const tx = find(orderId)
    return {
      ...baseBody(tx),
      status_message: "midtrans payment notification",
    }
  }

  return {
    url,
    serverKey,
    merchantId,
    requests,
    transactions,

    setStatus(orderId, transactionStatus, opts = {}) {
      let tx = transactions.get(orderId)
      if (!tx) {
        if (opts.gross_amount === undefined) {
          throw new Error(
            `fake Midtrans: no Snap transaction for order ${orderId} (pass gross_amount to create one)`
          )
        }
        tx = {
          order_id: orderId,
          gross_amount: opts.gross_amount,
          refund_amount: 0,
          refunds: [],
        }
        transactions.set(orderId, tx)
      }
      tx.transaction_id ??= randomUUID()
      tx.transaction_time ??= jakartaTime()
      tx.transaction_status = transactionStatus
      tx.payment_type =
        opts.payment_type ??
        tx.payment_type ??
        (["authorize", "capture"].includes(transactionStatus)
          ? "credit_card"
          : "bank_transfer")
      if (opts.fraud_status !== undefined) {
        tx.fraud_status = opts.fraud_status ?? undefined
      } else if (
        ["authorize", "capture", "settlement"].includes(transactionStatus)
      ) {
        tx.fraud_status ??= "accept"
      }
      if (transactionStatus === "settlement") tx.settlement_time = jakartaTime()
      return tx
    },

    statusBody,

    notification(orderId, overrides = {}) {
      const body = notificationBody(orderId)
      body.signature_key = sign(
        body.order_id as string,
        body.status_code as string,
        body.gross_amount as string,
        serverKey
      )
      return { ...body, ...overrides }
    },

    signedNotification(orderId, fields) {
      const body = { ...notificationBody(orderId), ...fields }
      body.signature_key = sign(
        String(body.order_id),
        String(body.status_code),
        String(body.gross_amount),
        serverKey
      )
      return body
    },

    refundInDashboard(orderId, amount, refundKey) {
      return refund(find(orderId), amount, refundKey, "Refund from dashboard")
        .refund
    },

    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.()
        server.close((err) => (err ? reject(err) : resolve()))
      })
    },
  }
}
