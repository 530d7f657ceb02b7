import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ReviewStatus } from "../../../types"
import { updateReviewStatusWorkflow } from "../../../workflows/reviews/workflows/update-review-status"
import { retrieveReviewView, runReviewWorkflow } from "../../helpers"
import { adminReviewFields } from "../../query-config"

/** A POST route for one moderation action: hide → hidden, show → visible (409 when it already is). */
export function reviewStatusActionRoute(status: ReviewStatus) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const done = await runReviewWorkflow(res, () =>
      updateReviewStatusWorkflow(req.scope).run({
        input: {
          id: req.params.id,
          status,
          actor_id: req.auth_context?.actor_id ?? null,
        },
      })
    )
    if (!done) return
    res.json({
      review: await retrieveReviewView(
        req.scope,
        req.params.id,
        adminReviewFields
      ),
    })
  }
}
