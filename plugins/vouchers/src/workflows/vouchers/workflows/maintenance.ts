import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  expireVouchersStep,
  archiveFailedPurchasesStep,
  planCleanupStep,
} from "../steps/maintenance"
import { failVoucherPurchasesStep } from "../steps/fail-purchases"
import { generateVoucherPurchasesStep } from "../steps/generate-purchases"
import { emitOutcomes } from "./record-order-purchases"

export const expireVouchersWorkflowId = "voucher-expire-vouchers"

/** Vouchers past their validity: removed from the router (our side, not RouterOS scripts) and marked expired. */
export const expireVouchersWorkflow = createWorkflow(
  expireVouchersWorkflowId,
  (input: { now?: string; limit?: number }) => {
    return new WorkflowResponse(expireVouchersStep(input))
  }
)

export const cleanupPurchasesWorkflowId = "voucher-cleanup-purchases"

/**
 * The purchases clean-up: pending purchases that are paid (an event was
 * missed) are generated; those whose payment failed or that stayed unpaid
 * past `abandoned_after_hours` become failed; failed purchases older than
 * `failed_retention_days` are archived with their leftovers removed.
 */
export const cleanupPurchasesWorkflow = createWorkflow(
  cleanupPurchasesWorkflowId,
  (input: { abandoned_after_hours: number; failed_retention_days: number }) => {
    const plan = planCleanupStep(input)
    const outcomes = generateVoucherPurchasesStep({ purchase_ids: plan.paid })
    emitOutcomes(outcomes)
    const abandonedIds = transform({ plan }, ({ plan }) => plan.abandoned)
    const failedAbandoned = failVoucherPurchasesStep({
      purchase_ids: transform({ abandonedIds }, ({ abandonedIds }) =>
        abandonedIds
          .filter((a) => a.reason.startsWith("abandoned"))
          .map((a) => a.id)
      ),
      reason: "abandoned: not paid in time",
    }).config({ name: "voucher-fail-abandoned-step" })
    const failedPayment = failVoucherPurchasesStep({
      purchase_ids: transform({ abandonedIds }, ({ abandonedIds }) =>
        abandonedIds
          .filter((a) => a.reason === "payment failed")
          .map((a) => a.id)
      ),
      reason: "payment failed",
    }).config({ name: "voucher-fail-payment-failed-step" })
    const archived = archiveFailedPurchasesStep({
      purchase_ids: plan.archive_ids,
    })
    return new WorkflowResponse({
      generated: outcomes,
      failed: transform({ failedAbandoned, failedPayment }, (d) => [
        ...d.failedAbandoned,
        ...d.failedPayment,
      ]),
      archived,
    })
  }
)
