import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerLookup } from "./split-plan"

type Row = Record<string, any>

/** Who sells the products of these lines, and which profiles ship them. */
export async function lookupSellers(
  container: MedusaContainer,
  items: Row[],
  shippingMethods: Row[]
): Promise<SellerLookup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [
    ...new Set(items.map((i) => i?.product_id).filter(Boolean)),
  ]
  const optionIds = [
    ...new Set(
      shippingMethods.map((m) => m?.shipping_option_id).filter(Boolean)
    ),
  ]
  const [{ data: products }, { data: options }] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "seller.id", "shipping_profile.id"],
          filters: { id: productIds },
        })
      : Promise.resolve({ data: [] as Row[] }),
    optionIds.length
      ? query.graph({
          entity: "shipping_option",
          fields: ["id", "shipping_profile_id"],
          filters: { id: optionIds },
        })
      : Promise.resolve({ data: [] as Row[] }),
  ])
  return {
    sellerOfProduct: new Map(
      (products as Row[])
        .filter((p) => p.seller?.id)
        .map((p) => [p.id, p.seller.id])
    ),
    profileOfProduct: new Map(
      (products as Row[])
        .filter((p) => p.shipping_profile?.id)
        .map((p) => [p.id, p.shipping_profile.id])
    ),
    profileOfOption: new Map(
      (options as Row[]).map((o) => [o.id, o.shipping_profile_id])
    ),
  }
}
