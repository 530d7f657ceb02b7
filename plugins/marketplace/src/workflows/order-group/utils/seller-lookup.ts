/* eslint-disable @typescript-eslint/no-explicit-any -- rows read with Query across modules (orders, products, sellers, inventory) are untyped; each function names the fields it reads */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerLookup } from "./split-plan"

type Row = Record<string, any>

export type CartSellerLookup = SellerLookup & {
  /** A line whose seller is not active (pending or suspended), if any. */
  inactive?: { title: string; seller: string }
}

/**
 * Who sells the cart's lines (and whether they are active), and which
 * shipping profiles ship them: one query for the variants' products and
 * sellers, one for the shipping options, in parallel.
 */
export async function lookupCartSellers(
  container: MedusaContainer,
  items: Row[],
  shippingMethods: Row[]
): Promise<CartSellerLookup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [
    ...new Set(items.map((i) => i?.variant_id).filter(Boolean)),
  ]
  const optionIds = [
    ...new Set(
      shippingMethods.map((m) => m?.shipping_option_id).filter(Boolean)
    ),
  ]
  const [{ data: variants }, { data: options }] = await Promise.all([
    variantIds.length
      ? query.graph({
          entity: "product_variant",
          fields: [
            "id",
            "product.id",
            "product.title",
            "product.shipping_profile.id",
            "product.seller.id",
            "product.seller.name",
            "product.seller.status",
          ],
          filters: { id: variantIds },
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
  const lookup: CartSellerLookup = {
    sellerOfProduct: new Map(),
    profileOfProduct: new Map(),
    profileOfOption: new Map(
      (options as Row[]).map((o) => [o.id, o.shipping_profile_id])
    ),
  }
  for (const variant of variants as Row[]) {
    const product = variant.product
    if (!product) continue
    if (product.seller?.id) {
      lookup.sellerOfProduct.set(product.id, product.seller.id)
      if (product.seller.status !== "active" && !lookup.inactive) {
        lookup.inactive = { title: product.title, seller: product.seller.name }
      }
    }
    if (product.shipping_profile?.id) {
      lookup.profileOfProduct.set(product.id, product.shipping_profile.id)
    }
  }
  return lookup
}
