import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** GET /store/sellers — `limit` at most 100, as on every list route. */
export const StoreGetSellersParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetSellersParamsType = z.infer<typeof StoreGetSellersParams>

/** GET /store/sellers/:handle — `limit`/`offset` page the seller's products. */
export const StoreGetSellerParams = z
  .object({
    fields: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetSellerParamsType = z.infer<typeof StoreGetSellerParams>
