/* eslint-disable @typescript-eslint/no-explicit-any -- the generated service's create input type does not know the belongsTo foreign key names */
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { purchaseDraftsForOrder } from "../utils/purchases"

export type CreatePurchasesResult = {
  purchase_ids: string[]
  canceled: boolean
}

/**
 * Records a pending purchase per voucher line of the order, once (under the
 * order's lock; `line_item_id` is unique). Compensation deletes what it made.
 */
export const createVoucherPurchasesStep = createStep(
  "voucher-create-purchases-step",
  async ({ order_id }: { order_id: string }, { container }) => {
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const locking = container.resolve(Modules.LOCKING)
    const { result, created } = await locking.execute(
      `vouchers:order:${order_id}`,
      async () => {
        const { drafts, existing_ids, canceled } = await purchaseDraftsForOrder(
          container,
          order_id
        )
        const made = drafts.length
          ? ((await vouchers.createVoucherPurchases(
              drafts.map((d) => ({ ...d, status: "pending" })) as any
            )) as unknown as { id: string }[])
          : []
        const ids = made.map((p) => p.id)
        return {
          result: { purchase_ids: [...existing_ids, ...ids], canceled },
          created: ids,
        }
      },
      { timeout: 60 }
    )
    return new StepResponse<CreatePurchasesResult, string[]>(result, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.deleteVoucherPurchases(created)
  }
)
