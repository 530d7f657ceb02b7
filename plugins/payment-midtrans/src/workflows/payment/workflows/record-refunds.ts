import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  recordRefundsStep,
  type RecordRefundsInput,
} from "../steps/record-refunds"

export const recordRefundsWorkflowId = "midtrans-record-refunds"

/**
 * A `refund` / `partial_refund` notification (confirmed with the Status API):
 * records the refunds Medusa does not know yet, under a lock per payment
 * session, so duplicate notifications record each refund once.
 */
export const recordRefundsWorkflow = createWorkflow(
  recordRefundsWorkflowId,
  (input: RecordRefundsInput) => {
    const key = transform(
      { input },
      ({ input }) => `midtrans:session:${input.session_id}`
    )
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const refund_ids = recordRefundsStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ refund_ids }, ({ refund_ids }) => ({ refund_ids }))
    )
  }
)
