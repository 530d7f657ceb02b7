import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../../../modules/product-search"
import type ProductSearchModuleService from "../../../../../modules/product-search/service"
import type { ProductSearchHit } from "../../../../../modules/product-search/types"
import { rankBoughtTogether } from "../../../../../workflows/recommendations/utils/bought-together"
import { resolvePriceCurrency } from "../../price-currency"
import type { StoreBoughtTogetherParamsType } from "./validators"

/** A product as a Store product list shows it (GET /store/products/search). */
export type StoreProductHit = Pick<
  ProductSearchHit,
  "id" | "title" | "handle" | "thumbnail" | "seller" | "price" | "in_stock"
>

const toStoreHit = (h: ProductSearchHit): StoreProductHit => ({
  id: h.id,
  title: h.title,
  handle: h.handle,
  thumbnail: h.thumbnail,
  seller: h.seller,
  price: h.price,
  in_stock: h.in_stock,
})

/** Which of `ids` are in one of the sales channels (one link read). */
async function inSalesChannels(
  scope: MedusaContainer,
  ids: string[],
  sales_channel_ids: string[]
): Promise<Set<string>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: ids, sales_channel_id: sales_channel_ids },
  })
  return new Set((data as { product_id: string }[]).map((l) => l.product_id))
}

/**
 * GET /store/products/:id/bought-together — the products shoppers bought in
 * the same checkout as this one, best first (what counts:
 * `rankBoughtTogether`), as the search route shows products: visible ones
 * only (the search read model: published, of an active seller) that are in
 * the publishable key's sales channels, priced in the region's currency (the
 * store's default currency without `region_id`). A product shoppers cannot
 * see, or that does not exist, is a 404. Not cached: a placed or canceled
 * order shows in the next request.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreBoughtTogetherParamsType>,
  res: MedusaResponse
) {
  const params = req.validatedQuery as StoreBoughtTogetherParamsType
  const productId = req.params.id
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!channels.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Publishable key needs to have a sales channel configured"
    )
  }
  const search = req.scope.resolve<ProductSearchModuleService>(
    PRODUCT_SEARCH_MODULE
  )

  const [currency_code, ranked] = await Promise.all([
    resolvePriceCurrency(req.scope, params.region_id),
    rankBoughtTogether(req.scope, { product_id: productId }),
  ])
  // The product itself first: it must be visible too (one read for both).
  const ids = [productId, ...ranked.map((r) => r.product_id)]
  const [hits, listed] = await Promise.all([
    search.listVisibleHits({ ids, currency_code }),
    inSalesChannels(req.scope, ids, channels),
  ])
  const shown = hits.filter((h) => listed.has(h.id))
  if (shown[0]?.id !== productId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }

  res.json({
    products: shown.slice(1, 1 + params.limit).map(toStoreHit),
  })
}
