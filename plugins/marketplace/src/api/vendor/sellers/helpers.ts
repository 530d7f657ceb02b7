import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { vendorSellerFields } from "./query-config"

export async function retrieveVendorSeller(
  scope: MedusaContainer,
  sellerId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: [
      ...vendorSellerFields,
      "stock_locations.id",
      "stock_locations.name",
    ],
    filters: { id: sellerId },
  })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Seller not found")
  }
  return seller
}
