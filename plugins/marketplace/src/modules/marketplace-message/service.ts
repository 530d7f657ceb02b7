import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import LowStockAlert from "./models/low-stock-alert"
import MarketplaceMessage from "./models/marketplace-message"

/** Options of @belanjain/marketplace that this module reads. */
export type MarketplaceMessageModuleOptions = {
  /** Tries per send (the first and its retries). Default 3. */
  notification_attempts?: number | string
  /** Back-off before the 2nd try; doubles for each next one. Default 2000 ms. */
  notification_backoff_ms?: number | string
}

export type MessageSendOptions = { attempts: number; backoff_ms: number }

function positiveInteger(name: string, value: unknown, fallback: number) {
  if (value === undefined || value === null || value === "") return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `@belanjain/marketplace option ${name} must be a whole number ≥ 0, got "${String(value)}"`
    )
  }
  return n
}

export function parseMessageSendOptions(
  options: MarketplaceMessageModuleOptions = {}
): MessageSendOptions {
  return {
    attempts: Math.max(
      1,
      positiveInteger("notification_attempts", options.notification_attempts, 3)
    ),
    backoff_ms: positiveInteger(
      "notification_backoff_ms",
      options.notification_backoff_ms,
      2000
    ),
  }
}

type KnexLike = {
  raw: (
    sql: string,
    bindings: unknown[]
  ) => PromiseLike<{ rows: Record<string, unknown>[] }> & {
    transacting: (trx: unknown) => unknown
  }
}

async function execute(
  manager: unknown,
  sql: string,
  params: unknown[]
): Promise<Record<string, unknown>[]> {
  const em = manager as {
    getKnex: () => KnexLike
    getTransactionContext: () => unknown
  }
  const query = em.getKnex().raw(sql, params)
  const trx = em.getTransactionContext()
  if (trx) query.transacting(trx)
  return (await query).rows
}

class MarketplaceMessageModuleService extends MedusaService({
  MarketplaceMessage,
  LowStockAlert,
}) {
  protected readonly sendOptions_: MessageSendOptions

  constructor(
    container: Record<string, unknown>,
    options: MarketplaceMessageModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.sendOptions_ = parseMessageSendOptions(options)
  }

  getSendOptions(): MessageSendOptions {
    return this.sendOptions_
  }

  /**
   * Records that a level is below the threshold and returns the number of
   * its current crossing: a new number when this moved it below (first time
   * seen low, or low again after a recovery), the same number while it
   * stays low. One atomic statement, so concurrent callers agree on it. The
   * alert is keyed by that number and sent once by its key: a caller that
   * crashed after this call is made good by the next stock change (or a
   * redelivered event), which sends the same crossing's alert.
   */
  @InjectManager()
  async markLowStock(
    inventoryItemId: string,
    locationId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<number> {
    const rows = await execute(
      sharedContext.manager,
      `insert into low_stock_alert (id, inventory_item_id, location_id, is_low, crossings)
       values (?, ?, ?, true, 1)
       on conflict (inventory_item_id, location_id) where deleted_at is null do update
         set is_low = true,
             crossings = case when low_stock_alert.is_low
               then low_stock_alert.crossings else low_stock_alert.crossings + 1 end,
             updated_at = now()
       returning crossings`,
      [generateEntityId(undefined, "lsal"), inventoryItemId, locationId]
    )
    return Number(rows[0].crossings)
  }

  /** Records that a level is at or above the threshold (the next fall is a new crossing). */
  @InjectManager()
  async clearLowStock(
    inventoryItemId: string,
    locationId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const rows = await execute(
      sharedContext.manager,
      `update low_stock_alert set is_low = false, updated_at = now()
       where inventory_item_id = ? and location_id = ? and is_low = true
       returning id`,
      [inventoryItemId, locationId]
    )
    return rows.length > 0
  }
}

export default MarketplaceMessageModuleService
