import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createStoreHeaders, defaultSalesChannelId } from "./inventory"

/**
 * A publishable key scoped to the store's default sales channel, as the
 * storefront uses it: Store API product lists show only that channel.
 */
export const createStorefrontKeyHeaders = createStoreHeaders
export { defaultSalesChannelId }

/** A region selling in IDR to Indonesia with Medusa's system payment provider (for carts). */
export async function createIndonesiaRegion(container: MedusaContainer) {
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Indonesia",
          currency_code: "idr",
          countries: ["id"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  return result[0]
}

/**
 * A published product owned by a seller, created the way the seeding and
 * vendor code would, but without any sales channel: visibility is the status
 * workflow's job. One variant, IDR price, no inventory management.
 */
export async function createSellerProduct(
  container: MedusaContainer,
  sellerId: string,
  title: string,
  price = 150000
) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          status: "published",
          options: [{ title: "Ukuran", values: ["M"] }],
          variants: [
            {
              title: `${title} M`,
              options: { Ukuran: "M" },
              manage_inventory: false,
              prices: [{ amount: price, currency_code: "idr" }],
            },
          ],
        },
      ],
    },
  })
  const product = result[0]
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    seller: { seller_id: sellerId },
    [Modules.PRODUCT]: { product_id: product.id },
  })
  return { product, variantId: product.variants[0].id as string }
}

/** product ids linked to a sales channel (rows of the link table). */
export async function productIdsInChannel(
  container: MedusaContainer,
  channelId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelId },
  })
  return (data as { product_id: string }[]).map((r) => r.product_id).sort()
}
