/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are read untyped from the generated service */
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import {
  expireVouchers,
  planCleanup,
  removeVouchersFromRouters,
} from "../utils/maintenance"

/** Removes expired users from their routers and marks them expired (router side effects: nothing to undo). */
export const expireVouchersStep = createStep(
  "voucher-expire-vouchers-step",
  async (input: { now?: string; limit?: number }, { container }) => {
    const result = await expireVouchers(
      container,
      input.now ? new Date(input.now) : new Date(),
      input.limit ?? 500
    )
    return new StepResponse({ expired: result.done, errors: result.errors })
  }
)

export const planCleanupStep = createStep(
  "voucher-plan-cleanup-step",
  async (
    input: { abandoned_after_hours: number; failed_retention_days: number },
    { container }
  ) => {
    const plan = await planCleanup(container, input)
    return new StepResponse({
      paid: plan.paid,
      abandoned: plan.abandoned,
      archive_ids: plan.archive.map((p) => p.id),
    })
  }
)

/**
 * Failed purchases past retention: any voucher left on a router is removed,
 * then the purchase and its rows are soft-deleted (restorable; the codes stay
 * reserved: the unique index covers deleted rows).
 */
export const archiveFailedPurchasesStep = createStep(
  "voucher-archive-failed-purchases-step",
  async ({ purchase_ids }: { purchase_ids: string[] }, { container }) => {
    if (!purchase_ids.length)
      return new StepResponse([] as string[], [] as string[])
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    const leftovers = (await vouchers.listVouchers({
      purchase_id: purchase_ids,
      status: ["pending", "active"],
    } as any)) as any[]
    const { errors } = await removeVouchersFromRouters(
      container,
      leftovers,
      "removed"
    )
    const blocked = new Set(
      leftovers
        .filter((v) => errors.some((e) => e.id === v.id))
        .map((v) => v.purchase_id)
    )
    const archived = purchase_ids.filter((id) => !blocked.has(id))
    if (archived.length) await vouchers.softDeleteVoucherPurchases(archived)
    return new StepResponse(archived, archived)
  },
  async (archived, { container }) => {
    if (!archived?.length) return
    const vouchers: VouchersModuleService = container.resolve(
      VoucherModules.VOUCHERS
    )
    await vouchers.restoreVoucherPurchases(archived)
  }
)
