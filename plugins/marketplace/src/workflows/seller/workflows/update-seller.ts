import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateSellerStep,
  type UpdateSellerStepInput,
} from "../steps/update-seller"

export const updateSellerWorkflowId = "marketplace-update-seller"

/** Updates a seller's profile fields. Status changes go through the status workflow. */
export const updateSellerWorkflow = createWorkflow(
  updateSellerWorkflowId,
  (input: UpdateSellerStepInput) => {
    const seller = updateSellerStep(input)
    return new WorkflowResponse(seller)
  }
)
