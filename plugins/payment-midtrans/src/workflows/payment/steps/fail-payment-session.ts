import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules, type PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FailPaymentSessionInput = {
  session_id: string
  /** Medusa's session status for the failure: "error" (deny, failure) or "canceled" (cancel, expire). */
  status: "error" | "canceled"
  /** What Midtrans said (recorded in the session data). */
  midtrans?: Record<string, unknown>
}

type Undo = {
  id: string
  status: string
  data: Record<string, unknown>
  amount: unknown
  currency_code: string
}

const FINAL_STATUSES = new Set(["canceled", "error"])

export const failPaymentSessionStepId = "midtrans-fail-payment-session-step"

/**
 * Marks a payment session failed after Midtrans declared its transaction
 * denied, failed, cancelled or expired: an authorized but uncaptured payment
 * of the session is cancelled, and the session gets status `error` or
 * `canceled` (Medusa's own webhook handler ignores these actions). A session
 * already failed is left alone, and a captured payment is never moved
 * backwards. Returns whether it changed anything.
 */
export const failPaymentSessionStep = createStep(
  failPaymentSessionStepId,
  async (input: FailPaymentSessionInput, { container }) => {
    const paymentModule = container.resolve(Modules.PAYMENT)
    const logger = container.resolve("logger")
    const [session] = await paymentModule.listPaymentSessions(
      { id: input.session_id },
      { relations: ["payment"] }
    )
    if (!session || FINAL_STATUSES.has(session.status)) {
      return new StepResponse<{ changed: boolean }, Undo | null>(
        { changed: false },
        null
      )
    }
    const payment = session.payment
    if (payment?.captured_at) {
      logger.warn(
        `Midtrans: ignoring a ${input.status} notification for payment session ${session.id}: its payment is already captured`
      )
      return new StepResponse<{ changed: boolean }, Undo | null>(
        { changed: false },
        null
      )
    }
    if (payment && !payment.canceled_at) {
      await paymentModule.cancelPayment(payment.id)
    }
    const undo: Undo = {
      id: session.id,
      status: session.status,
      data: (session.data ?? {}) as Record<string, unknown>,
      amount: session.amount,
      currency_code: session.currency_code,
    }
    await paymentModule.updatePaymentSession({
      id: session.id,
      amount: session.amount as BigNumberInput,
      currency_code: session.currency_code,
      data: { ...undo.data, ...(input.midtrans ?? {}) },
      status: input.status as PaymentSessionStatus,
    })
    return new StepResponse<{ changed: boolean }, Undo | null>(
      { changed: true },
      undo
    )
  },
  async (undo: Undo | null | undefined, { container }) => {
    if (!undo) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: undo.id,
      amount: undo.amount as BigNumberInput,
      currency_code: undo.currency_code,
      data: undo.data,
      status: undo.status as PaymentSessionStatus,
    })
  }
)
