import { toast } from "@medusajs/ui"
import { plural } from "../lib/format"
import type { BulkRegenerateResult } from "../lib/vouchers"

/** One toast summing up a bulk regenerate. */
export function toastBulkRegenerate(result: BulkRegenerateResult) {
  const skipped = result.outcomes.filter((o) => o.result === "skipped").length
  const details = [
    skipped ? `${skipped} skipped (not eligible)` : null,
    result.not_found.length ? `${result.not_found.length} not found` : null,
  ]
    .filter(Boolean)
    .join(", ")
  if (result.outcomes.length === 0 && result.not_found.length === 0) {
    toast.info("Nothing to regenerate")
    return
  }
  const title = `Regenerated: ${result.completed} completed, ${plural(result.failed, "failure")}`
  const options = details ? { description: details } : undefined
  if (result.failed > 0) toast.warning(title, options)
  else toast.success(title, options)
}
