import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type MidtransRefund = { refund_key?: string | null; amount: number }

export type RecordRefundsInput = {
  session_id: string
  /** The refunds the Midtrans Status API lists for the transaction. */
  refunds: MidtransRefund[]
  /** Midtrans' total refunded amount (used when it lists no refunds). */
  refund_amount?: number | null
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payment rows (refunds, provider data) as the module returns them
type Row = Record<string, any>

/**
 * The Midtrans refunds Medusa has not recorded yet. Medusa's own refunds are
 * sent with the Medusa refund id as `refund_key`; refunds recorded from
 * earlier notifications keep theirs in `payment.data.refunds`. When Midtrans
 * lists no refunds, the difference between its total and Medusa's is one
 * unknown refund. Pure.
 */
export function unrecordedRefunds(
  payment: { data?: Row | null; refunds?: Row[] | null },
  input: Pick<RecordRefundsInput, "refunds" | "refund_amount">
): { refund_key: string; amount: number }[] {
  const known = new Set<string>([
    ...((payment.refunds ?? []) as Row[]).map((r) => r?.id).filter(Boolean),
    ...(((payment.data?.refunds ?? []) as Row[])
      .map((r) => r?.refund_key)
      .filter(Boolean) as string[]),
  ])
  if (input.refunds.length) {
    return input.refunds
      .filter((r) => r.amount > 0 && !(r.refund_key && known.has(r.refund_key)))
      .map((r, i) => ({
        refund_key: r.refund_key || `midtrans-refund-${i + 1}`,
        amount: r.amount,
      }))
      .filter((r) => !known.has(r.refund_key))
  }
  const recorded = ((payment.refunds ?? []) as Row[]).reduce(
    (sum: number, r) =>
      sum + Number(MathBN.convert(r?.raw_amount ?? r?.amount ?? 0)),
    0
  )
  const missing = Number(input.refund_amount ?? 0) - recorded
  return missing > 0
    ? [{ refund_key: `midtrans-total-${input.refund_amount}`, amount: missing }]
    : []
}

export const recordRefundsStepId = "midtrans-record-refunds-step"

/**
 * Records on the Medusa payment the refunds made in the Midtrans dashboard
 * (refunds Medusa made itself are already there). Each goes through the
 * payment module's refundPayment — its over-refund guard and collection
 * totals apply — with `external_refund` set in the payment data so the
 * provider records it without calling Midtrans a second time.
 */
export const recordRefundsStep = createStep(
  recordRefundsStepId,
  async (input: RecordRefundsInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const [payment] = await paymentModule.listPayments(
      { payment_session_id: input.session_id },
      { relations: ["refunds"] }
    )
    if (!payment) return new StepResponse([] as string[])
    const missing = unrecordedRefunds(payment as Row, input)
    const recorded: string[] = []
    for (const refund of missing) {
      const [current] = await paymentModule.listPayments(
        { id: payment.id },
        { select: ["id", "data"] }
      )
      // The type names only the id; the module stores `data` too.
      const update: UpdatePaymentDTO & { data: Record<string, unknown> } = {
        id: payment.id,
        data: { ...(current?.data ?? {}), external_refund: refund },
      }
      await paymentModule.updatePayment(update)
      const updated = await paymentModule.refundPayment({
        payment_id: payment.id,
        amount: refund.amount,
        note: `Refunded in the Midtrans dashboard (refund key ${refund.refund_key})`,
      })
      const newest = ((updated as Row).refunds ?? []).find(
        (r: Row) =>
          r &&
          !recorded.includes(r.id) &&
          !(payment.refunds ?? []).some((p: Row) => p.id === r.id)
      )
      if (newest) recorded.push(newest.id)
    }
    return new StepResponse(recorded)
  }
)
