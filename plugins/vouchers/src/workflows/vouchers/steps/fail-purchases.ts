import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  VoucherModules,
  canChangePurchaseStatus,
  type PurchaseStatus,
} from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { purchaseLockKey } from "../utils/generate"

/**
 * Marks pending purchases failed (payment failed or expired, order cancelled
 * before payment, abandoned), each under its lock so a generation running at
 * the same moment either finishes first or finds the purchase failed.
 * Compensation puts them back to pending.
 */
export const failVoucherPurchasesStep = createStep(
  "voucher-fail-purchases-step",
  async (
    input: { purchase_ids?: string[]; order_id?: string; reason: string },
    { container }
  ) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const locking = container.resolve(Modules.LOCKING)
    if (input.purchase_ids && !input.purchase_ids.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const candidates = await vouchers.listVoucherPurchases(
      {
        ...(input.order_id ? { order_id: input.order_id } : {}),
        ...(input.purchase_ids ? { id: input.purchase_ids } : {}),
        status: ["pending"],
      },
      { select: ["id"] }
    )
    const failed: string[] = []
    for (const { id } of candidates) {
      await locking.execute(
        purchaseLockKey(id),
        async () => {
          const current = await vouchers.retrieveVoucherPurchase(id)
          if (
            !canChangePurchaseStatus(current.status as PurchaseStatus, "failed")
          )
            return
          await vouchers.updateVoucherPurchases({
            id,
            status: "failed",
            failure_reason: input.reason,
            failed_at: new Date(),
          })
          failed.push(id)
        },
        { timeout: 120 }
      )
    }
    return new StepResponse(failed, failed)
  },
  async (failed, { container }) => {
    if (!failed?.length) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.updateVoucherPurchases(
      failed.map((id) => ({
        id,
        status: "pending" as const,
        failure_reason: null,
        failed_at: null,
      }))
    )
  }
)
