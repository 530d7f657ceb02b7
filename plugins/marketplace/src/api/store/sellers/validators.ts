import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetSellersParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    q: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type StoreGetSellersParamsType = z.infer<typeof StoreGetSellersParams>

export const StoreGetSellerParams = z
  .object({ fields: z.string().optional() })
  .strict()
