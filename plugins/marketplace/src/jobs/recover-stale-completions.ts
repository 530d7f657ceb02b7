import type { MedusaContainer } from "@medusajs/framework/types"
import { recoverStaleCompletionsWorkflow } from "../workflows/checkout-recovery/workflows/recover-stale-completions"

/**
 * Every 5 minutes: cart completions left unfinished by a dead process for
 * longer than CHECKOUT_RECOVERY_AFTER_MINUTES (default 10) are compensated,
 * or closed when another run completed the cart.
 */
export default async function recoverStaleCompletions(
  container: MedusaContainer
) {
  const minutes = Number(process.env.CHECKOUT_RECOVERY_AFTER_MINUTES)
  await recoverStaleCompletionsWorkflow(container).run({
    input: {
      older_than_ms:
        Number.isFinite(minutes) && minutes >= 0 ? minutes * 60_000 : undefined,
    },
  })
}

export const config = {
  name: "marketplace-recover-stale-completions",
  schedule: "*/5 * * * *",
}
