import { z } from "@medusajs/framework/zod"
import { SELLER_STATUSES } from "../../../types"

const status = z.enum(SELLER_STATUSES)

/** GET /admin/sellers */
export const AdminGetSellersParams = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    status: z.union([status, z.array(status)]).optional(),
    fields: z.string().optional(),
    order: z.string().optional(),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type AdminGetSellersParamsType = z.infer<typeof AdminGetSellersParams>

/** GET /admin/sellers/:id and the responses of the write routes. */
export const AdminGetSellerParams = z
  .object({ fields: z.string().optional() })
  .strict()

/** Status actions take no body: the action is the route. */
export const AdminSellerStatusAction = z.object({}).strict()

/** POST /admin/sellers/:id: operators set only the commission override (%). */
export const AdminUpdateSeller = z
  .object({
    commission_rate: z.number().min(0).max(100).nullable(),
  })
  .strict()
export type AdminUpdateSellerType = z.infer<typeof AdminUpdateSeller>
