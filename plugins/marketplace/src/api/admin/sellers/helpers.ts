import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import SellerProductLink from "../../../links/seller-product"

/** One seller as operators see it, with its product count. 404 when unknown. */
export async function retrieveAdminSeller(
  scope: MedusaContainer,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [seller],
    },
    { metadata },
  ] = await Promise.all([
    query.graph({ entity: "seller", fields, filters: { id } }),
    query.graph({
      entity: SellerProductLink.entryPoint,
      fields: ["product_id"],
      filters: { seller_id: id },
      pagination: { skip: 0, take: 1 },
    }),
  ])
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller with id "${id}" was not found`
    )
  }
  return { ...seller, product_count: metadata?.count ?? 0 }
}
