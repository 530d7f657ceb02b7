import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantSellersActive } from "./seller-availability"

/** POST /store/carts/:id/line-items: only products of active sellers. */
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVariantSellersActive(
    container,
    (input.items ?? []).map((item) => item.variant_id)
  )
})
