/**
 * Compensates, or closes, the cart completions a dead server or worker left
 * unfinished: `npx medusa exec ./src/scripts/recover-checkouts.ts [minutes]`
 * (default CHECKOUT_RECOVERY_AFTER_MINUTES, else 10). The job
 * `marketplace-recover-stale-completions` does the same every 5 minutes.
 * Prints one `CHECKOUT_RECOVERY {json}` line with every run it handled.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { recoverStaleCompletionsWorkflow } from "@belanjain/marketplace/workflows"

export default async function recoverCheckouts({ container, args }: ExecArgs) {
  const raw = args?.[0] ?? process.env.CHECKOUT_RECOVERY_AFTER_MINUTES
  const minutes = raw === undefined || raw === "" ? 10 : Number(raw)
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error(`minutes: expected a number of 0 or more, got "${raw}"`)
  const { result } = await recoverStaleCompletionsWorkflow(container).run({
    input: { older_than_ms: minutes * 60_000 },
  })
  console.log(`CHECKOUT_RECOVERY ${JSON.stringify(result)}`)
}
