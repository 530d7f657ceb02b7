import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  sendNotificationsStep,
  type SendNotificationsStepInput,
} from "../steps/send-notifications"

export const sendNotificationsWorkflowId = "marketplace-send-notifications"

/**
 * Sends marketplace messages: `{ messages: [{ template, data, to, locale?,
 * idempotency_key, resource_type?, resource_id? }] }` → one outcome per
 * message (`sent`, `skipped` when already sent, `failed`). For jobs (the
 * weekly report) and anything else that has its data ready.
 */
export const sendNotificationsWorkflow = createWorkflow(
  sendNotificationsWorkflowId,
  (input: SendNotificationsStepInput) => {
    return new WorkflowResponse(sendNotificationsStep(input))
  }
)
