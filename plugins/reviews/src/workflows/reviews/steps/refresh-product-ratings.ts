/* eslint-disable @typescript-eslint/no-explicit-any -- the generated service's write types are wider than these rows */
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewService } from "../utils/service"

type RatingRow = {
  id: string
  product_id: string
  count: number
  sum: number
  average: number | null
}

export const refreshProductRatingsStepId = "review-refresh-product-ratings-step"

/**
 * Recomputes each product's `product_rating` from its visible reviews (one
 * aggregate query), creating the row on the product's first review. Runs
 * after every review write of the same workflow, under the product's lock,
 * so the aggregate never drifts from the reviews. Compensation puts the old
 * values back and removes rows it created.
 */
export const refreshProductRatingsStep = createStep(
  refreshProductRatingsStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const reviews = reviewService(container)
    const productIds = [...new Set(input.product_ids)]
    const before = (await reviews.listProductRatings({
      product_id: productIds,
    })) as unknown as RatingRow[]
    const summaries = await reviews.summarizeProductRatings(productIds)
    const byProduct = new Map(before.map((r) => [r.product_id, r]))

    const updates = before.map((row) => ({
      id: row.id,
      ...summaries[row.product_id],
    }))
    const creates = productIds
      .filter((id) => !byProduct.has(id))
      .map((product_id) => ({ product_id, ...summaries[product_id] }))

    const updated = updates.length
      ? ((await reviews.updateProductRatings(
          updates as any
        )) as unknown as RatingRow[])
      : []
    const created = creates.length
      ? ((await reviews.createProductRatings(
          creates as any
        )) as unknown as RatingRow[])
      : []

    return new StepResponse([...updated, ...created], {
      restore: before.map(({ id, count, sum, average }) => ({
        id,
        count,
        sum,
        average,
      })),
      created: created.map((r) => r.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews = reviewService(container)
    if (undo.created.length) await reviews.deleteProductRatings(undo.created)
    if (undo.restore.length)
      await reviews.updateProductRatings(undo.restore as any)
  }
)
