/* eslint-disable @typescript-eslint/no-explicit-any -- module rows are read untyped from the generated service; each function names the fields it reads */
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { VoucherModules, canChangePurchaseStatus } from "../../../types"
import type VouchersModuleService from "../../../modules/vouchers/service"
import { newCredentials } from "../../../modules/vouchers/utils/codes"
import {
  createRouterClient,
  RouterError,
  type RouterClient,
} from "../../../providers/router"
import { collectionPaymentState } from "./payment"
import { errorMessage, withRetries } from "./retry"

type Row = Record<string, any>

export type GenerationOutcome = {
  purchase_id: string
  /** completed now, generation_failed now, or skipped (already done, unpaid, not eligible). */
  result: "completed" | "generation_failed" | "skipped"
  reason?: string
}

const LOCK_TIMEOUT_SECONDS = 120

export function purchaseLockKey(purchaseId: string) {
  return `vouchers:purchase:${purchaseId}`
}

/**
 * Creates a purchase's hotspot users, once. Under the purchase's lock:
 * 1. re-read the purchase: only pending or voucher_generation_failed ones go on;
 * 2. the payment must be captured (never create a voucher before);
 * 3. reserve the missing codes as `pending` voucher rows (unique in the table);
 * 4. for each pending voucher: look the user up by name on the router — a
 *    retry after a crash or a lost answer finds it — and create it only if
 *    absent; router calls retry with exponential back-off;
 * 5. completed when every voucher is active, else voucher_generation_failed
 *    with the reason.
 * A repeated or concurrent call waits for the lock and then finds nothing to do.
 */
export async function generatePurchaseVouchers(
  container: MedusaContainer,
  purchaseId: string
): Promise<GenerationOutcome> {
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    purchaseLockKey(purchaseId),
    () => generateLocked(container, purchaseId),
    { timeout: LOCK_TIMEOUT_SECONDS }
  )
}

async function generateLocked(
  container: MedusaContainer,
  purchaseId: string
): Promise<GenerationOutcome> {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const purchase = (await vouchers.retrieveVoucherPurchase(purchaseId, {
    relations: ["package", "vouchers"],
  })) as Row
  if (!["pending", "voucher_generation_failed"].includes(purchase.status)) {
    return {
      purchase_id: purchaseId,
      result: "skipped",
      reason: purchase.status,
    }
  }
  const payment = purchase.payment_collection_id
    ? await collectionPaymentState(container, purchase.payment_collection_id)
    : null
  if (!payment?.captured) {
    return { purchase_id: purchaseId, result: "skipped", reason: "not paid" }
  }
  const pkg = purchase.package as Row
  const options = vouchers.getOptions()

  let client: RouterClient | null = null
  try {
    const existing = (purchase.vouchers ?? []) as Row[]
    const missing = purchase.quantity - existing.length
    const reserved =
      missing > 0 ? await reserveCodes(vouchers, purchase, pkg, missing) : []
    const pending = [...existing, ...reserved].filter(
      (v) => v.status === "pending"
    )
    if (pending.length) {
      const { kind, connection } = await vouchers.getRouterConnection(
        pkg.router_id ?? pkg.router?.id
      )
      client = createRouterClient(kind, connection)
      const expiresAt = new Date(Date.now() + pkg.validity_hours * 3600_000)
      for (const voucher of pending) {
        const user = await withRetries(
          () =>
            ensureRouterUser(client as RouterClient, voucher, pkg, purchase),
          {
            attempts: options.router_attempts,
            baseMs: options.router_backoff_ms,
            retryable: (e) => !(e instanceof RouterError) || e.retryable,
            onError: (e, attempt) =>
              logger.warn(
                `vouchers: router call for ${voucher.username} (purchase ${purchaseId}) failed, attempt ${attempt}/${options.router_attempts}: ${errorMessage(e)}`
              ),
          }
        )
        await vouchers.updateVouchers({
          id: voucher.id,
          status: "active",
          router_user_id: user.id,
          created_on_router_at: new Date(),
          expires_at: expiresAt,
        })
      }
    }
    await setStatus(vouchers, purchase, "completed", {
      completed_at: new Date(),
      failure_reason: null,
      paid_at: purchase.paid_at ?? new Date(),
      generation_attempts: purchase.generation_attempts + 1,
    })
    return { purchase_id: purchaseId, result: "completed" }
  } catch (e) {
    const reason = errorMessage(e).slice(0, 1000)
    await setStatus(vouchers, purchase, "voucher_generation_failed", {
      failure_reason: reason,
      paid_at: purchase.paid_at ?? new Date(),
      generation_attempts: purchase.generation_attempts + 1,
    })
    logger.error(`vouchers: purchase ${purchaseId} failed: ${reason}`)
    return { purchase_id: purchaseId, result: "generation_failed", reason }
  } finally {
    await client?.close().catch(() => undefined)
  }
}

async function setStatus(
  vouchers: VouchersModuleService,
  purchase: Row,
  to: "completed" | "voucher_generation_failed",
  fields: Row
) {
  if (!canChangePurchaseStatus(purchase.status, to)) {
    throw new Error(
      `purchase ${purchase.id} cannot go from ${purchase.status} to ${to}`
    )
  }
  await vouchers.updateVoucherPurchases({
    id: purchase.id,
    status: to,
    ...fields,
  })
}

/** Look up first (a retry must never create a second user), create if absent. */
async function ensureRouterUser(
  client: RouterClient,
  voucher: Row,
  pkg: Row,
  purchase: Row
) {
  const found = await client.findUserByName(voucher.username)
  if (found) return found
  try {
    return await client.createUser({
      name: voucher.username,
      password: voucher.password,
      profile: pkg.hotspot_profile,
      limit_uptime: pkg.uptime_limit ?? null,
      limit_bytes_total: pkg.data_limit_mb
        ? pkg.data_limit_mb * 1024 * 1024
        : null,
      comment: `belanjain ${purchase.order_id} ${purchase.id}`,
    })
  } catch (e) {
    // Created by an attempt whose answer was lost: the name is ours.
    if (e instanceof RouterError && e.kind === "conflict") {
      const again = await client.findUserByName(voucher.username)
      if (again) return again
    }
    throw e
  }
}

/** Writes `count` pending vouchers with fresh codes; a clash with an existing code draws again. */
async function reserveCodes(
  vouchers: VouchersModuleService,
  purchase: Row,
  pkg: Row,
  count: number
): Promise<Row[]> {
  const created: Row[] = []
  for (let i = 0; i < count; i++) {
    for (let tries = 0; ; tries++) {
      const { username, password } = newCredentials(pkg as any)
      try {
        created.push(
          (await vouchers.createVouchers({
            username,
            password,
            purchase_id: purchase.id,
            package_id: pkg.id,
            router_id: pkg.router_id ?? pkg.router?.id,
            status: "pending",
          } as any)) as Row
        )
        break
      } catch (e) {
        if (tries >= 5 || !/unique|already exists/i.test(errorMessage(e)))
          throw e
      }
    }
  }
  return created
}
