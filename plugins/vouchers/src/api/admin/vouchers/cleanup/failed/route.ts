import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cleanupPurchasesWorkflow } from "../../../../../workflows/vouchers/workflows/maintenance"
import { vouchersService } from "../../helpers"
import type { AdminCleanupFailedType } from "../../validators"

/**
 * POST /admin/vouchers/cleanup/failed — runs the purchases clean-up now:
 * paid pending purchases are generated, unpaid ones past
 * `abandoned_after_hours` (or with a failed payment) become failed, and failed
 * purchases older than `older_than_days` (default 0: all) are archived with
 * any router users left removed.
 */
export async function POST(
  req: MedusaRequest<AdminCleanupFailedType>,
  res: MedusaResponse
) {
  const { older_than_days, abandoned_after_hours } = req.validatedBody
  const { result } = await cleanupPurchasesWorkflow(req.scope).run({
    input: {
      abandoned_after_hours:
        abandoned_after_hours ??
        vouchersService(req.scope).getOptions().abandoned_after_hours,
      failed_retention_days: older_than_days,
    },
  })
  res.json({
    generated: result.generated
      .filter((o) => o.result === "completed")
      .map((o) => o.purchase_id),
    failed: result.failed,
    archived: result.archived,
  })
}
