import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { REVIEW_ALREADY_EXISTS, REVIEW_STATUS_CONFLICT } from "../types"

type Row = Record<string, unknown>

/** A review as `fields` shows it (after a workflow wrote it), or 404. */
export async function retrieveReviewView(
  scope: MedusaContainer,
  id: string,
  fields: string[]
): Promise<Row> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "review",
    fields,
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Review with id: ${id} was not found`
    )
  }
  return data[0] as Row
}

/** A page of reviews, newest first. */
export async function listReviewViews(
  scope: MedusaContainer,
  filters: Record<string, unknown>,
  fields: string[],
  page: { limit: number; offset: number }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "review",
    fields,
    filters,
    pagination: {
      skip: page.offset,
      take: page.limit,
      order: { created_at: "DESC", id: "DESC" },
    },
  })
  return {
    reviews: data as Row[],
    count: metadata?.count ?? data.length,
    offset: page.offset,
    limit: page.limit,
  }
}

/**
 * A review for shoppers: the reviewer only by first name (Query adds the
 * customer's id, on the review and the customer, to resolve the read-only
 * link; it is not for the public).
 */
export function publicReview(review: Row): Row {
  const { customer_id: _customerId, customer, ...rest } = review
  const reviewer = customer as Row | null | undefined
  return {
    ...rest,
    customer: reviewer ? { first_name: reviewer.first_name ?? null } : null,
  }
}

const ANSWERED_CONFLICTS = [REVIEW_ALREADY_EXISTS, REVIEW_STATUS_CONFLICT]

/**
 * Runs a review workflow for a route. The workflows' conflicts (a second
 * review of the same product, hiding a hidden review) answer 409 with their
 * own message — Medusa's error handler would replace it with a generic retry
 * hint — and, for a second review, the id of the one to edit. Any other
 * error goes to Medusa's handler. Returns false when it answered.
 */
export async function runReviewWorkflow(
  res: MedusaResponse,
  run: () => Promise<unknown>
): Promise<boolean> {
  try {
    await run()
    return true
  } catch (error) {
    const e = error as {
      type?: string
      code?: string
      message?: string
      review_id?: string
    }
    if (
      e?.type === MedusaError.Types.CONFLICT &&
      ANSWERED_CONFLICTS.includes(e.code ?? "")
    ) {
      // The id travels in the message too (a workflow engine may rebuild errors).
      const reviewId =
        e.review_id ??
        /\(review (rev_[A-Za-z0-9]+)\)/.exec(e.message ?? "")?.[1]
      res.status(409).json({
        type: MedusaError.Types.CONFLICT,
        code: e.code,
        message: e.message,
        ...(e.code === REVIEW_ALREADY_EXISTS && reviewId
          ? { review_id: reviewId }
          : {}),
      })
      return false
    }
    throw error
  }
}
