import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_MODULE } from "../../../../modules/product-search"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const search = req.scope.resolve<ProductSearchModuleService>(
    PRODUCT_SEARCH_MODULE
  )

  let currency_code: string | null = null
  if (params.region_id) {
    const {
      data: [region],
    } = await query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { id: params.region_id },
    })
    if (!region) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `region_id: region ${params.region_id} does not exist`
      )
    }
    currency_code = region.currency_code
  } else {
    const {
      data: [store],
    } = await query.graph({
      entity: "store",
      fields: [
        "id",
        "supported_currencies.currency_code",
        "supported_currencies.is_default",
      ],
      pagination: { take: 1, skip: 0 },
    })
    const currencies = (store?.supported_currencies ?? []) as ({
      currency_code: string
      is_default?: boolean | null
    } | null)[]
    currency_code =
      (currencies.find((c) => c?.is_default) ?? currencies[0])?.currency_code ??
      null
  }

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
