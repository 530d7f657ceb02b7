import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SellerEvents, type EventActor } from "../../../types"
import { syncSellerProductVisibilityStep } from "../steps/sync-seller-product-visibility"
import {
  updateSellerStatusStep,
  type UpdateSellerStatusStepInput,
} from "../steps/update-seller-status"

export type UpdateSellerStatusWorkflowInput = UpdateSellerStatusStepInput & {
  /** Who changes it (the operator); recorded in the event. Absent: the system. */
  actor?: EventActor
}

export const updateSellerStatusWorkflowId = "marketplace-update-seller-status"

/**
 * Approve, suspend or reactivate a seller: the transition is checked against
 * the status table and applied, then the seller's products join (active) or
 * leave (pending, suspended) the store's default sales channel, which is what
 * makes them visible to shoppers. Emits `seller.status_changed`
 * { id, from, to, actor }.
 */
export const updateSellerStatusWorkflow = createWorkflow(
  updateSellerStatusWorkflowId,
  (input: UpdateSellerStatusWorkflowInput) => {
    const stepInput = transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.status,
      allowed_from: input.allowed_from,
    }))
    const change = updateSellerStatusStep(stepInput)

    const syncInput = transform({ change }, ({ change }) => ({
      seller_id: change.id,
      status: change.to,
    }))
    syncSellerProductVisibilityStep(syncInput)

    const event = transform({ change, input }, ({ change, input }) => ({
      eventName: SellerEvents.STATUS_CHANGED,
      data: { ...change, actor: input.actor ?? null },
    }))
    emitEventStep(event)

    return new WorkflowResponse(change)
  }
)
