import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deletePushSubscriptionStep } from "../steps/delete-push-subscription"
import {
  upsertPushSubscriptionStep,
  type UpsertPushSubscriptionInput,
} from "../steps/upsert-push-subscription"
import { validatePushEndpointStep } from "../steps/validate-push-endpoint"

export const upsertPushSubscriptionWorkflowId =
  "marketplace-upsert-push-subscription"
/**
 * `POST /store/push-subscriptions`: the caller's browser subscribes
 * (idempotent per endpoint). Endpoints the server may not push to are
 * refused before anything is written.
 */
export const upsertPushSubscriptionWorkflow = createWorkflow(
  upsertPushSubscriptionWorkflowId,
  (input: UpsertPushSubscriptionInput) => {
    validatePushEndpointStep({ endpoint: input.endpoint })
    return new WorkflowResponse(upsertPushSubscriptionStep(input))
  }
)

export const deletePushSubscriptionWorkflowId =
  "marketplace-delete-push-subscription"
/** `DELETE /store/push-subscriptions`: the caller's browser unsubscribes (404 for any other endpoint). */
export const deletePushSubscriptionWorkflow = createWorkflow(
  deletePushSubscriptionWorkflowId,
  (input: { customer_id: string; endpoint: string }) => {
    return new WorkflowResponse(deletePushSubscriptionStep(input))
  }
)
