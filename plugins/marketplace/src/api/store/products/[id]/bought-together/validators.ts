import { z } from "@medusajs/framework/zod"

/** GET /store/products/:id/bought-together. */
export const StoreBoughtTogetherParams = z
  .object({
    /** Prices in this region's currency (as /store/products/search). */
    region_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(12).default(4),
  })
  .strict()

export type StoreBoughtTogetherParamsType = z.infer<
  typeof StoreBoughtTogetherParams
>
