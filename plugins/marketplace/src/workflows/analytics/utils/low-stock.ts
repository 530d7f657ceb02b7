import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LOW_STOCK_THRESHOLD } from "../../../types"

export type LowStockVariant = {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  location_id: string
  available_quantity: number
}

const num = (value: unknown) => Number(value ?? 0) || 0

/**
 * The seller's managed variants with fewer than LOW_STOCK_THRESHOLD units
 * available (stocked − reserved) at one of its stock locations — the rows
 * GET /vendor/inventory flags `low_stock` (a managed variant without a level
 * there counts as 0), read without prices or the inventory table's other
 * columns: four small reads (seller links, variants, their inventory items,
 * the levels at the seller's locations) instead of one deep Query.
 */
export async function listSellerLowStock(
  container: MedusaContainer,
  sellerId: string
): Promise<LowStockVariant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: ["id", "products.id", "products.title", "stock_locations.id"],
    filters: { id: sellerId },
  })
  if (!seller) return []
  const locations = (
    (seller as { stock_locations?: ({ id: string } | null)[] })
      .stock_locations ?? []
  ).flatMap((l) => (l ? [l.id] : []))
  const products = (
    (seller as { products?: ({ id: string; title: string } | null)[] })
      .products ?? []
  ).filter((p): p is { id: string; title: string } => !!p)
  if (!products.length || !locations.length) return []
  const titleOf = new Map(products.map((p) => [p.id, p.title]))

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "product_id",
      "manage_inventory",
      "inventory_items.inventory_item_id",
    ],
    filters: { product_id: products.map((p) => p.id) },
  })
  type Variant = {
    id: string
    title: string | null
    sku: string | null
    product_id: string
    manage_inventory?: boolean | null
    inventory_items?: ({ inventory_item_id: string } | null)[] | null
  }
  const managed = (variants as unknown as Variant[])
    .map((v) => ({
      variant: v,
      item: (v.inventory_items ?? []).find(Boolean)?.inventory_item_id,
    }))
    .filter((v) => v.variant.manage_inventory !== false && !!v.item)
  if (!managed.length) return []

  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
    {
      inventory_item_id: managed.map((m) => m.item!),
      location_id: locations,
    },
    {
      select: [
        "inventory_item_id",
        "location_id",
        "stocked_quantity",
        "reserved_quantity",
      ],
      take: null,
    }
  )
  const levelOf = new Map(
    levels.map((l) => [`${l.inventory_item_id}|${l.location_id}`, l])
  )
  const rows: LowStockVariant[] = []
  for (const { variant, item } of managed) {
    for (const locationId of locations) {
      const level = levelOf.get(`${item}|${locationId}`)
      const available =
        num(level?.stocked_quantity) - num(level?.reserved_quantity)
      if (available >= LOW_STOCK_THRESHOLD) continue
      rows.push({
        variant_id: variant.id,
        product_id: variant.product_id,
        product_title: titleOf.get(variant.product_id) ?? "",
        variant_title: variant.title,
        sku: variant.sku,
        location_id: locationId,
        available_quantity: available,
      })
    }
  }
  return rows.sort(
    (a, b) =>
      a.available_quantity - b.available_quantity ||
      a.product_title.localeCompare(b.product_title) ||
      (a.sku ?? "").localeCompare(b.sku ?? "")
  )
}
