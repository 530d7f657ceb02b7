import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../middlewares"
import { listSellerOrders } from "./helpers"
import type { VendorListOrdersType } from "./validators"

/**
 * GET /vendor/orders — the caller's orders only (through the seller↔order
 * link), newest first, each with its derived status, items, shipping,
 * totals and earnings; filters `status`, `created_after`/`created_before`
 * (or `created_at[gte|gt|lte|lt]`) and `q`; `limit`/`offset` with `count`.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const params = req.validatedQuery as VendorListOrdersType
  const { orders, count } = await listSellerOrders(
    req.scope,
    req.seller_context.seller_id,
    params,
    req.queryConfig.fields
  )
  res.json({ orders, count, offset: params.offset, limit: params.limit })
}
