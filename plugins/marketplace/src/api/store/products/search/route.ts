import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
import { resolvePriceCurrency } from "../price-currency"
import type ProductSearchModuleService from "../../../../modules/product-search/service"
import type { StoreProductSearchParamsType } from "./validators"

/**
 * GET /store/products/search — catalogue search over the read model
 * (product_search_document): keyword (full text + trigram, ranked), category,
 * seller (id or handle), price range in the region's currency, in stock,
 * sorting and pagination, with facet counts by category and seller.
 * Each facet is counted over the filtered set without its own filter, so it
 * shows what picking another category / seller would return.
 * Prices are the cheapest base price of the product's variants; without
 * region_id they are shown in the store's default currency.
 */
export async function GET(
  req: MedusaRequest<unknown, StoreProductSearchParamsType>,
  res: MedusaResponse
) {
  const params = req.validatedQuery as StoreProductSearchParamsType
  const search = req.scope.resolve<ProductSearchModuleService>(
    PRODUCT_SEARCH_MODULE
  )

  const currency_code = await resolvePriceCurrency(req.scope, params.region_id)

  const result = await search.search({
    q: params.q,
    category_ids: params.category_id,
    seller_ids: params.seller_id,
    seller_handles: params.seller,
    currency_code,
    min_price: params.min_price,
    max_price: params.max_price,
    in_stock: params.in_stock === "true",
    sort: params.sort ?? (params.q ? "relevance" : "newest"),
    limit: params.limit,
    offset: params.offset,
  })

  res.json({
    products: result.products,
    count: result.count,
    offset: params.offset,
    limit: params.limit,
    facets: result.facets,
  })
}
