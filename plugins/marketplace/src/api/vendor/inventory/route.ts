import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorRequest } from "../middlewares"
import { filterInventoryRows, listSellerInventory } from "./helpers"
import type { VendorGetInventoryParamsType } from "./validators"

/**
 * GET /vendor/inventory — the caller's quick inventory: one row per variant
 * of its products at its stock location, with stocked, reserved and available
 * quantities and the `low_stock` (< 10 available) / `out_of_stock` (≤ 0)
 * flags. `q` matches product title, variant title or SKU.
 */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const { q, low_stock, out_of_stock, limit, offset } =
    req.validatedQuery as VendorGetInventoryParamsType
  const rows = filterInventoryRows(
    await listSellerInventory(req.scope, req.seller_context.seller_id),
    { q, low_stock, out_of_stock }
  )
  res.json({
    inventory: rows.slice(offset, offset + limit),
    count: rows.length,
    offset,
    limit,
  })
}
