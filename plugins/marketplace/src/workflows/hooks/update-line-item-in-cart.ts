import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantSellersActive } from "./seller-availability"

/**
 * POST /store/carts/:id/line-items/:line_id: a suspended seller's item cannot
 * be bought in a larger (or any non-zero) quantity; setting 0 removes it.
 */
updateLineItemInCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    if (input.update?.quantity === 0) return
    const items = (cart.items ?? []) as {
      id: string
      variant_id?: string | null
    }[]
    const item = items.find((i) => i?.id === input.item_id)
    await assertVariantSellersActive(container, [item?.variant_id])
  }
)
