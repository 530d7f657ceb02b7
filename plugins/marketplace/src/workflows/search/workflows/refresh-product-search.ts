import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshSearchDocumentsStep } from "../steps/refresh-search-documents"
import {
  resolveSearchProductIdsStep,
  type RefreshProductSearchInput,
} from "../steps/resolve-search-product-ids"

export const refreshProductSearchWorkflowId =
  "marketplace-refresh-product-search"

/**
 * Recomputes catalogue search documents: of the given products (or those of
 * the given variants, inventory levels or sellers), or of every product when
 * no ids are given (in batches of 500).
 */
export const refreshProductSearchWorkflow = createWorkflow(
  refreshProductSearchWorkflowId,
  (input: RefreshProductSearchInput) => {
    const target = resolveSearchProductIdsStep(input)
    const result = refreshSearchDocumentsStep(target)
    return new WorkflowResponse(result)
  }
)
