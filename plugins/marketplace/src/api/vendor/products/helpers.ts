import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import SellerProductLink from "../../../links/seller-product"
import { vendorProductFields } from "./query-config"

type ProductRow = {
  id: string
  metadata?: Record<string, unknown> | null
  [key: string]: unknown
}

/** Adds `specifications` (the ordered list kept in metadata) to a product row. */
export function toVendorProduct(product: ProductRow) {
  const specs = product.metadata?.specifications
  return { ...product, specifications: Array.isArray(specs) ? specs : [] }
}

/** Ids of all products linked to the seller (the seller↔product link table). */
export async function listSellerProductIds(
  scope: MedusaContainer,
  sellerId: string
): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: sellerId },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

export async function retrieveVendorProduct(
  scope: MedusaContainer,
  id: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: vendorProductFields,
    filters: { id },
  })
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${id} was not found`
    )
  }
  return toVendorProduct(product as ProductRow)
}
