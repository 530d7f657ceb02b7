import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantSellersActive } from "./seller-availability"

/** POST /store/carts with items: only products of active sellers. */
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVariantSellersActive(
    container,
    (cart.items ?? []).map((item) => item.variant_id)
  )
})
