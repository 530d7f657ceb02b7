import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VoucherEvents, type EventActor } from "../../../types"
import { generateVoucherPurchasesStep } from "../steps/generate-purchases"
import { emitOutcomes } from "./record-order-purchases"

export const regeneratePurchasesWorkflowId = "voucher-regenerate-purchases"

type StatusRow = { id: string; status: string }

/**
 * An operator's regenerate (one or many): retries the purchases whose
 * generation failed, and pending ones whose payment is captured. Vouchers
 * already on the router are found by name, never created twice. Emits
 * `voucher_purchase.regenerated` per purchase with the operator and the
 * status before and after.
 */
export const regeneratePurchasesWorkflow = createWorkflow(
  regeneratePurchasesWorkflowId,
  (input: { purchase_ids: string[]; actor?: EventActor }) => {
    const { data: before } = useQueryGraphStep({
      entity: "voucher_purchase",
      fields: ["id", "status"],
      filters: { id: input.purchase_ids },
    }).config({ name: "voucher-read-status-before" })

    const outcomes = generateVoucherPurchasesStep({
      purchase_ids: input.purchase_ids,
    })
    emitOutcomes(outcomes)

    const { data: after } = useQueryGraphStep({
      entity: "voucher_purchase",
      fields: ["id", "status"],
      filters: { id: input.purchase_ids },
    }).config({ name: "voucher-read-status-after" })

    const regenerated = transform(
      { input, outcomes, before, after },
      ({ input, outcomes, before, after }) => {
        const from = new Map(
          (before as StatusRow[]).map((p) => [p.id, p.status])
        )
        const to = new Map((after as StatusRow[]).map((p) => [p.id, p.status]))
        return (outcomes ?? []).map((o) => {
          const was = from.get(o.purchase_id) ?? null
          const now = to.get(o.purchase_id) ?? null
          return {
            id: o.purchase_id,
            actor: input.actor ?? null,
            result: o.result,
            ...(o.reason ? { reason: o.reason } : {}),
            ...(was !== now
              ? { changes: { status: { from: was, to: now } } }
              : {}),
          }
        })
      }
    )
    when(
      "voucher-emit-regenerated",
      { regenerated },
      ({ regenerated }) => regenerated.length > 0
    ).then(() => {
      emitEventStep({
        eventName: VoucherEvents.PURCHASE_REGENERATED,
        data: regenerated,
      }).config({ name: "voucher-emit-regenerated-step" })
    })

    return new WorkflowResponse(outcomes)
  }
)
