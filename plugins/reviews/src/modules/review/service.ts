import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { averageRating, type RatingSummary } from "../../types"
import ProductRating from "./models/product-rating"
import Review from "./models/review"

type KnexLike = {
  raw: (
    sql: string,
    bindings: unknown[]
  ) => PromiseLike<{ rows: Record<string, unknown>[] }> & {
    transacting: (trx: unknown) => unknown
  }
}

class ReviewModuleService extends MedusaService({ Review, ProductRating }) {
  /**
   * The rating of each product over its visible (not deleted) reviews,
   * counted by Postgres in one statement (a product with thousands of
   * reviews is not loaded row by row). Products without any: count 0.
   */
  @InjectManager()
  async summarizeProductRatings(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, RatingSummary>> {
    const out: Record<string, RatingSummary> = {}
    for (const id of productIds) out[id] = { count: 0, sum: 0, average: null }
    if (!productIds.length) return out

    const em = sharedContext.manager as {
      getKnex: () => KnexLike
      getTransactionContext: () => unknown
    }
    const query = em.getKnex().raw(
      `select product_id, count(*)::int as count, coalesce(sum(rating), 0)::int as sum
         from review
        where product_id in (${productIds.map(() => "?").join(", ")})
          and status = 'visible' and deleted_at is null
        group by product_id`,
      productIds
    )
    const trx = em.getTransactionContext()
    if (trx) query.transacting(trx)
    const { rows } = await query
    for (const row of rows) {
      const count = Number(row.count)
      const sum = Number(row.sum)
      out[row.product_id as string] = {
        count,
        sum,
        average: averageRating(sum, count),
      }
    }
    return out
  }
}

export default ReviewModuleService
