import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import {
  Modules,
  PaymentActions,
  PaymentWebhookEvents,
} from "@medusajs/framework/utils"
import { failPaymentSessionWorkflow } from "../workflows/payment/workflows/fail-payment-session"
import { recordRefundsWorkflow } from "../workflows/payment/workflows/record-refunds"
import type { MidtransWebhookDetails } from "../providers/midtrans/types"

type WebhookEvent = {
  provider: string
  payload: {
    data: Record<string, unknown>
    /** A Buffer, or its JSON form `{ type: "Buffer", data }` after an event bus round trip. */
    rawData: Buffer | { type: "Buffer"; data: number[] } | string | undefined
    headers: Record<string, unknown>
  }
}

/**
 * The Midtrans notifications Medusa's own webhook subscriber leaves alone
 * (it only handles authorized / captured payments): failed, cancelled or
 * expired transactions, and refunds. The provider verifies the signature and
 * confirms with the Status API before answering; anything it does not
 * vouch for comes back NOT_SUPPORTED and is ignored here too.
 */
export default async function midtransNotification({
  event,
  container,
}: SubscriberArgs<WebhookEvent>) {
  const input = event.data
  if (!input?.provider?.startsWith("midtrans")) return
  const raw = input.payload?.rawData
  if (raw && typeof raw === "object" && !Buffer.isBuffer(raw)) {
    input.payload.rawData = Buffer.from(raw.data)
  }
  const paymentModule = container.resolve(Modules.PAYMENT)
  const result = await paymentModule.getWebhookActionAndData(
    input as ProviderWebhookPayload
  )
  const data = result.data as
    | { session_id?: string; midtrans?: Partial<MidtransWebhookDetails> }
    | undefined
  if (!data?.session_id) return
  const midtrans = data.midtrans ?? {}

  if (
    result.action === PaymentActions.FAILED ||
    result.action === PaymentActions.CANCELED
  ) {
    await failPaymentSessionWorkflow(container).run({
      input: {
        session_id: data.session_id,
        status: result.action === PaymentActions.FAILED ? "error" : "canceled",
        midtrans: {
          transaction_status: midtrans.transaction_status,
          fraud_status: midtrans.fraud_status,
          transaction_id: midtrans.transaction_id,
        },
      },
    })
    return
  }

  if (
    midtrans.transaction_status === "refund" ||
    midtrans.transaction_status === "partial_refund"
  ) {
    await recordRefundsWorkflow(container).run({
      input: {
        session_id: data.session_id,
        refunds: (midtrans.refunds ?? []).map((r) => ({
          refund_key: r?.refund_key ?? null,
          amount: Number(r?.refund_amount ?? 0),
        })),
        refund_amount:
          midtrans.refund_amount != null
            ? Number(midtrans.refund_amount)
            : null,
      },
    })
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "midtrans-notification-handler" },
}
