import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import {
  listInventoryItemProducts,
  ownedInventoryItemIds,
} from "../utils/inventory-item-products"

export type SellerStockUpdate = {
  inventory_item_id: string
  stocked_quantity: number
  /** One of the seller's stock locations; defaults to its first one. */
  location_id?: string
}

export type UpdateSellerStockInput = {
  seller_id: string
  updates: SellerStockUpdate[]
  /** Who changes it (the seller member); recorded in the events. */
  actor?: { type: string; id: string | null } | null
}

export type SellerStockPlan = {
  /** Levels to create (none yet at that location). */
  create: {
    inventory_item_id: string
    location_id: string
    stocked_quantity: number
  }[]
  /** Existing levels to update. */
  update: {
    inventory_item_id: string
    location_id: string
    stocked_quantity: number
  }[]
  /** Each level's stocked quantity before (`item|location`; absent = none). */
  previous: Record<string, number>
}

type SellerRow = {
  id: string
  stock_locations?: ({ id: string; created_at?: string | Date } | null)[] | null
  products?: ({ id: string } | null)[] | null
}

export const prepareSellerStockUpdatesStepId =
  "marketplace-prepare-seller-stock-updates-step"

/**
 * Checks the whole batch before anything is written: the seller has a stock
 * location, every location named is the seller's, every inventory item stocks
 * only the seller's products (else 404 naming the id). Splits the rows into
 * levels to create (none yet at that location) and levels to update. Reads
 * only, so nothing to compensate.
 */
export const prepareSellerStockUpdatesStep = createStep(
  prepareSellerStockUpdatesStepId,
  async (input: UpdateSellerStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [found],
    } = await query.graph({
      entity: "seller",
      fields: [
        "id",
        "stock_locations.id",
        "stock_locations.created_at",
        "products.id",
      ],
      filters: { id: input.seller_id },
    })
    const seller = found as SellerRow | undefined
    if (!seller) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Seller with id: ${input.seller_id} was not found`
      )
    }

    const locations = sortedLocationIds(seller)
    if (!locations.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This seller has no stock location to keep stock at"
      )
    }
    for (const row of input.updates) {
      if (row.location_id && !locations.includes(row.location_id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Stock location with id: ${row.location_id} was not found`
        )
      }
    }

    const itemIds = input.updates.map((row) => row.inventory_item_id)
    const ownProducts = new Set(
      (seller.products ?? []).flatMap((p) => (p ? [p.id] : []))
    )
    const owned = ownedInventoryItemIds(
      await listInventoryItemProducts(query, itemIds),
      (productId) => ownProducts.has(productId)
    )
    const foreign = [...new Set(itemIds.filter((id) => !owned.has(id)))]
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Inventory item with id: ${foreign.join(", ")} was not found`
      )
    }

    const inventory = container.resolve(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels(
      { inventory_item_id: itemIds, location_id: locations },
      {
        select: ["id", "inventory_item_id", "location_id", "stocked_quantity"],
      }
    )
    const previous: Record<string, number> = {}
    for (const l of levels) {
      previous[`${l.inventory_item_id}|${l.location_id}`] = Number(
        l.stocked_quantity
      )
    }
    const existing = new Set(Object.keys(previous))

    const plan: SellerStockPlan = { create: [], update: [], previous }
    for (const row of input.updates) {
      const level = {
        inventory_item_id: row.inventory_item_id,
        location_id: row.location_id ?? locations[0],
        stocked_quantity: row.stocked_quantity,
      }
      const key = `${level.inventory_item_id}|${level.location_id}`
      if (existing.has(key)) plan.update.push(level)
      else plan.create.push(level)
    }
    return new StepResponse(plan)
  }
)

/** The seller's stock location ids, oldest first (the first is its default). */
export function sortedLocationIds(seller: SellerRow): string[] {
  return (seller.stock_locations ?? [])
    .filter((l): l is { id: string; created_at?: string | Date } => !!l)
    .sort(
      (a, b) =>
        new Date(a.created_at ?? 0).getTime() -
          new Date(b.created_at ?? 0).getTime() || a.id.localeCompare(b.id)
    )
    .map((l) => l.id)
}
