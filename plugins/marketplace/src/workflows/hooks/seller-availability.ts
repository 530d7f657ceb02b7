import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

type VariantWithSeller = {
  id: string
  product?: {
    id: string
    title: string
    seller?: { id: string; name: string; status: string } | null
  } | null
}

/**
 * Refuses variants whose product belongs to a seller that is not active
 * (pending or suspended). Products without a seller are allowed.
 * Shared by the cart hook handlers in this folder.
 */
export async function assertVariantSellersActive(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[]
) {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product.id",
      "product.title",
      "product.seller.id",
      "product.seller.name",
      "product.seller.status",
    ],
    filters: { id: ids },
  })

  const blocked = (data as VariantWithSeller[]).find(
    (v) => v.product?.seller && v.product.seller.status !== "active"
  )
  if (blocked?.product?.seller) {
    throw sellerNotActiveError(
      blocked.product.title,
      blocked.product.seller.name
    )
  }
}

export function sellerNotActiveError(productTitle: string, sellerName: string) {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${productTitle} is not available: seller ${sellerName} is not active`
  )
}
