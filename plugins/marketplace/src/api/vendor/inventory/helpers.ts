import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sortedLocationIds } from "../../../workflows/inventory/steps/prepare-seller-stock-updates"
import { LOW_STOCK_THRESHOLD } from "../../../types"

/** One row of the seller's quick inventory: a variant at one of its locations. */
export type VendorInventoryRow = {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  /** The variant's IDR price in main units (no price list, no rules), or null. */
  price: number | null
  manage_inventory: boolean
  inventory_item_id: string | null
  location_id: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  low_stock: boolean
  out_of_stock: boolean
}

type LevelRow = {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
}
type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  product_id: string
  manage_inventory?: boolean | null
  product?: { title?: string | null } | null
  prices?:
    | ({
        amount?: number | string | null
        currency_code?: string | null
        price_list_id?: string | null
        rules_count?: number | null
      } | null)[]
    | null
  inventory_items?:
    | ({
        inventory_item_id: string
        inventory?: { location_levels?: (LevelRow | null)[] | null } | null
      } | null)[]
    | null
}

const num = (value: unknown) => Number(value ?? 0) || 0

function idrPrice(variant: VariantRow): number | null {
  const candidates = (variant.prices ?? []).filter(
    (p) => p && p.currency_code === "idr" && !p.price_list_id
  )
  const base =
    candidates.find((p) => !p?.rules_count) ?? candidates[0] ?? undefined
  return base ? num(base.amount) : null
}

/**
 * The seller's inventory rows, one per variant of its products and stock
 * location (sellers have one location, so normally one row per variant),
 * sorted by product title then SKU. A managed variant without a level at the
 * location shows 0 (the batch update creates the level); a variant that does
 * not manage inventory has `inventory_item_id: null` and 0 quantities.
 * A variant made of several inventory items (a kit) is shown with its first.
 *
 * Read through Query and filtered in memory: a seller's catalogue is at most a
 * few thousand variants, and the flags depend on computed availability.
 */
export async function listSellerInventory(
  scope: MedusaContainer,
  sellerId: string,
  only?: { inventory_item_ids?: string[] }
): Promise<VendorInventoryRow[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: [
      "id",
      "products.id",
      "stock_locations.id",
      "stock_locations.created_at",
    ],
    filters: { id: sellerId },
  })
  if (!seller) return []
  const locations = sortedLocationIds(
    seller as Parameters<typeof sortedLocationIds>[0]
  )
  const productIds = (
    (seller as { products?: ({ id: string } | null)[] }).products ?? []
  ).flatMap((p) => (p ? [p.id] : []))
  if (!productIds.length || !locations.length) return []

  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product_id",
      "manage_inventory",
      "product.title",
      "prices.amount",
      "prices.currency_code",
      "prices.price_list_id",
      "prices.rules_count",
      "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { product_id: productIds },
  })

  const wanted = only?.inventory_item_ids
    ? new Set(only.inventory_item_ids)
    : undefined
  const rows: VendorInventoryRow[] = []
  for (const variant of data as VariantRow[]) {
    const link = (variant.inventory_items ?? []).find(Boolean) ?? null
    const itemId = link?.inventory_item_id ?? null
    if (wanted && (!itemId || !wanted.has(itemId))) continue
    for (const locationId of locations) {
      const level = (link?.inventory?.location_levels ?? []).find(
        (l) => l?.location_id === locationId
      )
      const stocked = num(level?.stocked_quantity)
      const reserved = num(level?.reserved_quantity)
      const available = stocked - reserved
      const managed = variant.manage_inventory !== false && !!itemId
      rows.push({
        variant_id: variant.id,
        product_id: variant.product_id,
        product_title: variant.product?.title ?? "",
        variant_title: variant.title,
        sku: variant.sku,
        price: idrPrice(variant),
        manage_inventory: managed,
        inventory_item_id: itemId,
        location_id: locationId,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
        available_quantity: available,
        low_stock: managed && available < LOW_STOCK_THRESHOLD,
        out_of_stock: managed && available <= 0,
      })
    }
  }
  return rows.sort(
    (a, b) =>
      a.product_title.localeCompare(b.product_title) ||
      (a.sku ?? "").localeCompare(b.sku ?? "") ||
      a.variant_id.localeCompare(b.variant_id) ||
      a.location_id.localeCompare(b.location_id)
  )
}

/** The `q`, `low_stock` and `out_of_stock` filters of GET /vendor/inventory. */
export function filterInventoryRows(
  rows: VendorInventoryRow[],
  filters: { q?: string; low_stock?: boolean; out_of_stock?: boolean }
): VendorInventoryRow[] {
  const q = filters.q?.toLowerCase()
  return rows.filter(
    (row) =>
      (!q ||
        row.product_title.toLowerCase().includes(q) ||
        (row.variant_title ?? "").toLowerCase().includes(q) ||
        (row.sku ?? "").toLowerCase().includes(q)) &&
      (filters.low_stock === undefined ||
        row.low_stock === filters.low_stock) &&
      (filters.out_of_stock === undefined ||
        row.out_of_stock === filters.out_of_stock)
  )
}
