import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVariantSellersActive } from "./seller-availability"

/**
 * Checkout: items already in a cart cannot be bought once their seller is
 * suspended. (Medusa allows one handler per hook: add further checkout
 * validations to this handler.)
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  if (!cart || cart.completed_at) return
  await assertVariantSellersActive(
    container,
    ((cart.items ?? []) as { variant_id?: string | null }[]).map(
      (item) => item?.variant_id
    )
  )
})
