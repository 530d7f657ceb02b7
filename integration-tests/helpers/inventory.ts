import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

export type TestVariant = { title: string; sku: string; idr: number }

/** The store's default sales channel (where active sellers' products are listed). */
export async function defaultSalesChannelId(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })
  return (data[0] as { default_sales_channel_id: string })
    .default_sales_channel_id
}

/** A publishable key scoped to the default sales channel, as Store API headers. */
export async function createStoreHeaders(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: "Shop", type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [await defaultSalesChannelId(container)] },
  })
  return { headers: { "x-publishable-api-key": result[0].token } }
}

/**
 * A product of `sellerId` with one option and the given variants (IDR prices,
 * managed inventory), linked to the seller. `inChannel` puts it in the
 * default sales channel.
 */
export async function createSellerProduct(
  container: MedusaContainer,
  input: {
    sellerId: string
    title: string
    variants: TestVariant[]
    status?: "published" | "draft"
    inChannel?: boolean
  }
) {
  const channelId = await defaultSalesChannelId(container)
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: input.title,
          status:
            input.status === "draft"
              ? ProductStatus.DRAFT
              : ProductStatus.PUBLISHED,
          options: [
            { title: "Size", values: input.variants.map((v) => v.title) },
          ],
          sales_channels: input.inChannel === false ? [] : [{ id: channelId }],
          variants: input.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: { Size: v.title },
            manage_inventory: true,
            prices: [{ currency_code: "idr", amount: v.idr }],
          })),
        },
      ],
    },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    seller: { seller_id: input.sellerId },
    [Modules.PRODUCT]: { product_id: product.id },
  })
  return product
}

/** The seller's (first) stock location id. */
export async function sellerLocationId(
  container: MedusaContainer,
  sellerId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "stock_locations.id"],
    filters: { id: sellerId },
  })
  return (data[0] as unknown as { stock_locations: { id: string }[] })
    .stock_locations[0].id
}

/** Inventory item id by SKU. */
export async function inventoryItemIdsBySku(
  container: MedusaContainer,
  skus: string[]
): Promise<Record<string, string>> {
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: skus })
  return Object.fromEntries(items.map((i) => [i.sku as string, i.id]))
}

/** Inventory levels of the given items as { item id: stocked quantity } (per location). */
export async function stockedByItem(
  container: MedusaContainer,
  itemIds: string[]
): Promise<Record<string, Record<string, number>>> {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: itemIds,
  })
  const out: Record<string, Record<string, number>> = {}
  for (const level of levels) {
    out[level.inventory_item_id] ??= {}
    out[level.inventory_item_id][level.location_id] = Number(
      level.stocked_quantity
    )
  }
  return out
}
