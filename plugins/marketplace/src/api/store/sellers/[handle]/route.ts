import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  ProductStatus,
} from "@medusajs/framework/utils"
import { storeSellerProductFields } from "../query-config"
import type { StoreGetSellerParamsType } from "../validators"

/**
 * GET /store/sellers/:handle — one active seller's public profile and a page
 * of its visible products (published and in the store's default sales
 * channel), newest first: `{ seller, products, count, offset, limit }`.
 * Pending, suspended or unknown sellers answer 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery as StoreGetSellerParamsType

  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: { handle: req.params.handle, status: "active" },
  })

  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller with handle "${req.params.handle}" was not found`
    )
  }

  const visibleIds = await visibleProductIds(req, seller.id as string)
  const { data: products, metadata } = visibleIds.length
    ? await query.graph({
        entity: "product",
        fields: storeSellerProductFields,
        filters: { id: visibleIds, status: ProductStatus.PUBLISHED },
        pagination: {
          skip: offset,
          take: limit,
          order: { created_at: "DESC", id: "ASC" },
        },
      })
    : { data: [], metadata: { count: 0 } }

  res.json({
    seller,
    products,
    count: metadata?.count ?? products.length,
    offset,
    limit,
  })
}

/** The seller's products that are in the store's default sales channel. */
async function visibleProductIds(
  req: MedusaRequest,
  sellerId: string
): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: sellers }, { data: stores }] = await Promise.all([
    query.graph({
      entity: "seller",
      fields: ["id", "products.id"],
      filters: { id: sellerId },
    }),
    query.graph({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    }),
  ])
  const productIds = (
    (sellers[0] as { products?: ({ id: string } | null)[] } | undefined)
      ?.products ?? []
  ).flatMap((p) => (p ? [p.id] : []))
  const channelId = (stores[0] as { default_sales_channel_id?: string | null })
    ?.default_sales_channel_id
  if (!productIds.length || !channelId) return []

  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: productIds, sales_channel_id: channelId },
  })
  return [
    ...new Set((links as { product_id: string }[]).map((l) => l.product_id)),
  ]
}
