import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/**
 * The currency a Store product list shows prices in, as
 * GET /store/products/search decides it: the region's currency with
 * `region_id` (an unknown region is a 400 naming `region_id`), otherwise the
 * store's default currency (null when the store has none).
 */
export async function resolvePriceCurrency(
  scope: MedusaContainer,
  region_id?: string
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (region_id) {
    const {
      data: [region],
    } = await query.graph({
      entity: "region",
      fields: ["id", "currency_code"],
      filters: { id: region_id },
    })
    if (!region) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `region_id: region ${region_id} does not exist`
      )
    }
    return region.currency_code
  }
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
  return (
    (currencies.find((c) => c?.is_default) ?? currencies[0])?.currency_code ??
    null
  )
}
