import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { replyToReviewWorkflow } from "../../../../../workflows/reviews/workflows/reply-to-review"
import { retrieveReviewView } from "../../../../helpers"
import { sellerOf, type VendorReviewRequest } from "../../../../ownership"
import { vendorReviewFields } from "../../../../query-config"
import type { VendorReplyToReviewType } from "../../../../validators"

/**
 * POST /vendor/reviews/:id/reply — the seller answers a review of one of its
 * products (again: rewrites the answer); shown with the review in the store.
 * Only an active seller answers in public: a suspended (or not yet approved)
 * one gets 403 and the review is unchanged.
 */
export async function POST(
  req: VendorReviewRequest<VendorReplyToReviewType>,
  res: MedusaResponse
) {
  const { member_id, status } = sellerOf(req)
  if (status && status !== "active") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `seller: a ${status} store cannot reply to reviews`
    )
  }
  await replyToReviewWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reply: req.validatedBody.reply,
      member_id: member_id ?? null,
    },
  })
  res.json({
    review: await retrieveReviewView(
      req.scope,
      req.params.id,
      vendorReviewFields
    ),
  })
}
