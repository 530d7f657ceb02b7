import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestActor } from "../../../../actor"
import { regeneratePurchasesWorkflow } from "../../../../../workflows/vouchers/workflows/regenerate-purchases"
import { vouchersService } from "../../helpers"
import type { AdminBulkRegenerateType } from "../../validators"

/**
 * POST /admin/vouchers/purchases/regenerate — `{ ids }` or `{ all_failed: true }`
 * (every voucher_generation_failed purchase, up to 200 per call). Answers one
 * outcome per purchase; ids in another status are reported as skipped.
 */
export async function POST(
  req: MedusaRequest<AdminBulkRegenerateType>,
  res: MedusaResponse
) {
  const { ids, all_failed } = req.validatedBody
  const vouchers = vouchersService(req.scope)
  const targets = all_failed
    ? (
        await vouchers.listVoucherPurchases(
          { status: ["voucher_generation_failed"] },
          { select: ["id"], take: 200, order: { created_at: "ASC" } }
        )
      ).map((p) => p.id)
    : (
        await vouchers.listVoucherPurchases({ id: ids }, { select: ["id"] })
      ).map((p) => p.id)
  const missing = (ids ?? []).filter((id) => !targets.includes(id))
  const { result } = targets.length
    ? await regeneratePurchasesWorkflow(req.scope).run({
        input: { purchase_ids: targets, actor: requestActor(req) },
      })
    : { result: [] }
  res.json({
    outcomes: result,
    completed: result.filter((o) => o.result === "completed").length,
    failed: result.filter((o) => o.result === "generation_failed").length,
    not_found: missing,
  })
}
