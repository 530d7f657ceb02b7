import type { MedusaResponse } from "@medusajs/framework/http"
import { updateSellerStockWorkflow } from "../../../../workflows/inventory/workflows/update-seller-stock"
import type { VendorRequest } from "../../middlewares"
import { requestActor } from "../../../actor"
import { listSellerInventory } from "../helpers"
import type { VendorBatchInventoryType } from "../validators"

/**
 * POST /vendor/inventory/batch — sets the stocked quantity of up to 200 of
 * the caller's inventory items at its stock location, all or nothing.
 * Answers with the updated inventory rows.
 */
export async function POST(
  req: VendorRequest<VendorBatchInventoryType>,
  res: MedusaResponse
) {
  const { updates } = req.validatedBody
  await updateSellerStockWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      updates,
      actor: requestActor(req),
    },
  })
  const inventory = await listSellerInventory(
    req.scope,
    req.seller_context.seller_id,
    { inventory_item_ids: updates.map((row) => row.inventory_item_id) }
  )
  res.json({ inventory })
}
