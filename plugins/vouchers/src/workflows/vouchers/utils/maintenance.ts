/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are read untyped from the generated service; each function names the fields it reads */
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VoucherModules } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { createRouterClient, RouterError } from "../../../providers/router"
import { collectionPaymentState } from "./payment"
import { errorMessage, withRetries } from "./retry"

type Row = Record<string, any>

/**
 * Removes vouchers from their routers (by user name, retried) and marks them
 * `to` (expired / removed). A router that stays down keeps its vouchers for
 * the next run. Returns the ids marked.
 */
export async function removeVouchersFromRouters(
  container: MedusaContainer,
  rows: Row[],
  to: "expired" | "removed"
): Promise<{ done: string[]; errors: { id: string; error: string }[] }> {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const options = vouchers.getOptions()
  const byRouter = new Map<string, Row[]>()
  for (const row of rows) {
    byRouter.set(row.router_id, [...(byRouter.get(row.router_id) ?? []), row])
  }
  const done: string[] = []
  const errors: { id: string; error: string }[] = []
  for (const [routerId, list] of byRouter) {
    let client
    try {
      const { kind, connection } = await vouchers.getRouterConnection(routerId)
      client = createRouterClient(kind, connection)
      for (const row of list) {
        try {
          await withRetries(() => client!.removeUser(row.username), {
            attempts: options.router_attempts,
            baseMs: options.router_backoff_ms,
            retryable: (e) => !(e instanceof RouterError) || e.retryable,
          })
          await vouchers.updateVouchers({
            id: row.id,
            status: to,
            removed_at: new Date(),
          })
          done.push(row.id)
        } catch (e) {
          errors.push({ id: row.id, error: errorMessage(e) })
        }
      }
    } catch (e) {
      for (const row of list)
        errors.push({ id: row.id, error: errorMessage(e) })
    } finally {
      await client?.close().catch(() => undefined)
    }
  }
  if (errors.length) {
    logger.warn(
      `vouchers: ${errors.length} voucher(s) could not be removed from their router: ${errors[0].error}`
    )
  }
  return { done, errors }
}

/** Active vouchers whose validity is over: removed from the router, marked expired. */
export async function expireVouchers(
  container: MedusaContainer,
  now = new Date(),
  limit = 500
) {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const due = (await vouchers.listVouchers(
    { status: ["active"], expires_at: { $lte: now } },
    { take: limit, order: { expires_at: "ASC" } }
  )) as Row[]
  return removeVouchersFromRouters(container, due, "expired")
}

export type CleanupResult = {
  /** Pending purchases found paid (a missed event): generated now. */
  paid_pending: string[]
  /** Pending purchases whose payment failed or that were never paid in time. */
  abandoned: { id: string; reason: string }[]
  /** Failed purchases past retention: their leftover vouchers removed, the purchase archived (soft-deleted). */
  archived: string[]
}

/**
 * Sorts the pending purchases: paid ones (a missed payment.captured) are
 * returned to be generated; those whose payment failed, or still unpaid
 * after `abandoned_after_hours`, are returned to be failed. Failed purchases
 * older than `failed_retention_days` are archived with their leftovers.
 */
export async function planCleanup(
  container: MedusaContainer,
  options: {
    abandoned_after_hours: number
    failed_retention_days: number
    now?: Date
  }
): Promise<{
  paid: string[]
  abandoned: { id: string; reason: string }[]
  archive: Row[]
}> {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const now = options.now ?? new Date()
  const pending = (await vouchers.listVoucherPurchases(
    { status: ["pending"] },
    { take: 1000, order: { created_at: "ASC" } }
  )) as Row[]
  const paid: string[] = []
  const abandoned: { id: string; reason: string }[] = []
  const states = new Map<
    string,
    Awaited<ReturnType<typeof collectionPaymentState>>
  >()
  for (const p of pending) {
    const pc = p.payment_collection_id as string | null
    if (pc && !states.has(pc))
      states.set(pc, await collectionPaymentState(container, pc))
    const state = pc ? states.get(pc) : null
    if (state?.captured) paid.push(p.id)
    else if (state?.failed)
      abandoned.push({ id: p.id, reason: "payment failed" })
    else if (
      now.getTime() - new Date(p.created_at).getTime() >
      options.abandoned_after_hours * 3600_000
    )
      abandoned.push({
        id: p.id,
        reason: `abandoned: not paid within ${options.abandoned_after_hours} hours`,
      })
  }
  const cutoff = new Date(
    now.getTime() - options.failed_retention_days * 86400_000
  )
  const archive = (await vouchers.listVoucherPurchases(
    { status: ["failed"], updated_at: { $lte: cutoff } },
    { take: 1000, relations: ["vouchers"] }
  )) as Row[]
  return { paid, abandoned, archive }
}
