import type { RemoteQueryFunction } from "@medusajs/framework/types"

type InventoryItemRow = {
  id: string
  variants?: ({ product_id?: string | null } | null)[] | null
}

/**
 * The products each inventory item stocks (through its variants). An item
 * missing from the map does not exist; one with an empty set stocks no
 * product variant.
 */
export async function listInventoryItemProducts(
  query: Omit<RemoteQueryFunction, symbol>,
  inventoryItemIds: string[]
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>()
  if (!inventoryItemIds.length) return out
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "variants.product_id"],
    filters: { id: [...new Set(inventoryItemIds)] },
  })
  for (const item of data as InventoryItemRow[]) {
    const products = new Set<string>()
    for (const variant of item.variants ?? []) {
      if (variant?.product_id) products.add(variant.product_id)
    }
    out.set(item.id, products)
  }
  return out
}

/**
 * The ids among `inventoryItemIds` whose every product belongs to one of
 * `ownedProductIds` (an item shared with another seller's product is foreign).
 */
export function ownedInventoryItemIds(
  itemProducts: Map<string, Set<string>>,
  isOwnedProduct: (productId: string) => boolean
): Set<string> {
  const owned = new Set<string>()
  for (const [itemId, products] of itemProducts) {
    if (products.size && [...products].every(isOwnedProduct)) owned.add(itemId)
  }
  return owned
}
