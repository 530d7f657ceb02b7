import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VoucherEvents } from "../../../types"
import { createVoucherPurchasesStep } from "../steps/create-purchases"
import { generateVoucherPurchasesStep } from "../steps/generate-purchases"
import type { GenerationOutcome } from "../utils/generate"

export const recordOrderPurchasesWorkflowId = "voucher-record-order-purchases"

/**
 * order.placed: a pending purchase per voucher line; if the payment is
 * already captured (paid before the order was placed), the vouchers are
 * generated at once — otherwise payment.captured does it later.
 */
export const recordOrderPurchasesWorkflow = createWorkflow(
  recordOrderPurchasesWorkflowId,
  (input: { order_id: string }) => {
    const created = createVoucherPurchasesStep({ order_id: input.order_id })
    const outcomes = when(
      "voucher-order-not-canceled",
      created,
      (c) => !c.canceled && c.purchase_ids.length > 0
    ).then(() =>
      generateVoucherPurchasesStep({ purchase_ids: created.purchase_ids })
    )
    emitOutcomes(outcomes)
    return new WorkflowResponse({
      purchase_ids: created.purchase_ids,
      outcomes,
    })
  }
)

/** Emits voucher_purchase.completed / generation_failed for what a generation did. */
export function emitOutcomes(outcomes: GenerationOutcome[] | undefined) {
  const events = transform({ outcomes }, ({ outcomes }) => ({
    completed: (outcomes ?? [])
      .filter((o) => o.result === "completed")
      .map((o) => ({ id: o.purchase_id })),
    failed: (outcomes ?? [])
      .filter((o) => o.result === "generation_failed")
      .map((o) => ({ id: o.purchase_id, reason: o.reason })),
  }))
  when("voucher-emit-completed", events, (e) => e.completed.length > 0).then(
    () => {
      emitEventStep({
        eventName: VoucherEvents.PURCHASE_COMPLETED,
        data: events.completed,
      }).config({ name: "voucher-emit-completed-step" })
    }
  )
  when(
    "voucher-emit-generation-failed",
    events,
    (e) => e.failed.length > 0
  ).then(() => {
    emitEventStep({
      eventName: VoucherEvents.PURCHASE_GENERATION_FAILED,
      data: events.failed,
    }).config({ name: "voucher-emit-generation-failed-step" })
  })
}
