import { z } from "@medusajs/framework/zod"

/** `GET /store/order-groups`: a page of the shopper's checkouts, newest first. */
export const StoreListOrderGroups = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListOrderGroupsType = z.infer<typeof StoreListOrderGroups>

export const StoreGetOrderGroup = z.object({}).strict()

/** `POST /store/order-groups/:id/orders/:order_id/cancel`. */
export const StoreCancelSellerOrder = z
  .object({ reason: z.string().trim().min(1).max(500).optional() })
  .strict()
export type StoreCancelSellerOrderType = z.infer<typeof StoreCancelSellerOrder>

/** `POST /store/order-groups/:id/orders/:order_id/confirm-receipt`: no fields. */
export const StoreConfirmReceipt = z.object({}).strict()
