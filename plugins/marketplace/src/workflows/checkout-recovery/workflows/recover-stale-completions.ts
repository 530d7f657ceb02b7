import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  recoverStaleCompletionsStep,
  type RecoverStaleCompletionsInput,
} from "../steps/recover-stale-completions"

export const recoverStaleCompletionsWorkflowId =
  "marketplace-recover-stale-completions"

/**
 * Compensates or closes the stored cart completions a dead process left
 * unfinished (steps/recover-stale-completions.ts). Run every 5 minutes by
 * the `marketplace-recover-stale-completions` job, and by operators with
 * `medusa exec` (see the plugin README).
 */
export const recoverStaleCompletionsWorkflow = createWorkflow(
  recoverStaleCompletionsWorkflowId,
  (input: RecoverStaleCompletionsInput) => {
    return new WorkflowResponse(recoverStaleCompletionsStep(input))
  }
)
