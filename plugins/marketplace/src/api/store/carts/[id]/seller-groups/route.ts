import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getCartSellerGroupsWorkflow } from "../../../../../workflows/shipping/workflows/get-cart-seller-groups"

/**
 * GET /store/carts/:id/seller-groups — the cart split per seller, as checkout
 * shows it: each seller's items, its shipping method (or null) and its
 * shipping options priced for this cart, and totals (items + shipping, with
 * taxes and discounts as Medusa computes them per line; the groups add up to
 * the cart's total). Unknown cart: 404. Needs a publishable key, as every
 * /store route.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await getCartSellerGroupsWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  res.json({ seller_groups: result.seller_groups })
}
