import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { signUpSeller, type Api } from "./actors"

type Headers = { headers: Record<string, string> }

/** Body of `POST /vendor/shipping-options` (amounts in main units: whole rupiah). */
export type SellerShippingOptionBody =
  | { name: string; rate_type: "flat"; amount: number; currency_code?: string }
  | {
      name: string
      rate_type: "weight"
      base_amount: number
      per_kg_amount: number
      currency_code?: string
    }

/** A seller's shipping option as `/vendor/shipping-options` returns it. */
export type VendorShippingOption = {
  id: string
  name: string
  rate_type: "flat" | "weight"
  currency_code: string
  amount: number | null
  base_amount: number | null
  per_kg_amount: number | null
  shipping_profile_id: string
  service_zone_id: string
  provider_id: string
}

/**
 * Creates a shipping option for the seller behind `sellerHeaders` through
 * `POST /vendor/shipping-options` (the seller's own zone and profile) and
 * returns it. Throws on any answer but 201.
 */
export async function createSellerShippingOption(
  api: Api,
  sellerHeaders: Headers,
  body: SellerShippingOptionBody
): Promise<VendorShippingOption> {
  const res = await api.post("/vendor/shipping-options", body, sellerHeaders)
  if (res.status !== 201) {
    throw new Error(
      `POST /vendor/shipping-options answered ${res.status}: ${JSON.stringify(res.data)}`
    )
  }
  return res.data.shipping_option
}

/** A seller's shipping setup as stored: profile, location, fulfillment sets, zones, providers. */
export async function sellerShippingSetup(
  container: MedusaContainer,
  sellerId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: [
      "id",
      "shipping_profile.id",
      "shipping_profile.name",
      "shipping_profile.type",
      "stock_locations.id",
      "stock_locations.fulfillment_providers.id",
      "stock_locations.fulfillment_sets.id",
      "stock_locations.fulfillment_sets.type",
      "stock_locations.fulfillment_sets.service_zones.id",
      "stock_locations.fulfillment_sets.service_zones.geo_zones.type",
      "stock_locations.fulfillment_sets.service_zones.geo_zones.country_code",
    ],
    filters: { id: sellerId },
  })
  const seller = data[0] as unknown as {
    shipping_profile: { id: string; name: string; type: string } | null
    stock_locations: {
      id: string
      fulfillment_providers: { id: string }[]
      fulfillment_sets: {
        id: string
        type: string
        service_zones: {
          id: string
          geo_zones: { type: string; country_code: string }[]
        }[]
      }[]
    }[]
  }
  const location = (seller.stock_locations ?? [])[0] ?? null
  const set = location?.fulfillment_sets.find((s) => s.type === "shipping")
  return {
    shipping_profile: seller.shipping_profile ?? null,
    stock_location_id: location?.id ?? null,
    provider_ids: (location?.fulfillment_providers ?? [])
      .map((p) => p.id)
      .sort(),
    fulfillment_sets: location?.fulfillment_sets ?? [],
    fulfillment_set_id: set?.id ?? null,
    service_zones: set?.service_zones ?? [],
  }
}

/** An Indonesian shipping address (the sellers' service zones cover country "id"). */
export const JAKARTA_ADDRESS = {
  first_name: "Budi",
  last_name: "Santoso",
  address_1: "Jl. Sudirman No. 1",
  city: "Jakarta Selatan",
  province: "DKI Jakarta",
  postal_code: "12190",
  country_code: "id",
  phone: "+6281200000000",
}

/**
 * A store cart in `regionId` shipping to Jakarta with the given lines, through
 * the Store API. Returns the cart as `POST /store/carts` answers it.
 */
export async function createCartWithItems(
  api: Api,
  storeHeaders: Headers,
  regionId: string,
  items: { variant_id: string; quantity: number }[]
) {
  const res = await api.post(
    "/store/carts",
    {
      region_id: regionId,
      email: "budi@example.com",
      shipping_address: JAKARTA_ADDRESS,
      items,
    },
    storeHeaders
  )
  if (res.status !== 200) {
    throw new Error(`POST /store/carts answered ${res.status}`)
  }
  return res.data.cart
}

/** Adds a shipping method (Medusa's own store route); returns the cart. */
export async function addShippingMethod(
  api: Api,
  storeHeaders: Headers,
  cartId: string,
  optionId: string
) {
  const res = await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: optionId },
    storeHeaders
  )
  return res.data.cart
}

/**
 * A signed-up seller made active (as an operator's approval leaves it) with
 * one product created through `POST /vendor/products`: one option "Varian",
 * the given variants (IDR price, weight in grams, no inventory management so
 * carts take them without stock). The product uses the seller's shipping
 * profile and is in the storefront's sales channel.
 */
export async function activeSellerWithProduct(
  api: Api,
  container: MedusaContainer,
  input: {
    email: string
    name: string
    product: string
    variants: { title: string; sku: string; idr: number; weight?: number }[]
  }
) {
  const seller = await signUpSeller(api, {
    email: input.email,
    name: input.name,
  })
  const sellers = container.resolve("seller") as {
    updateSellers: (d: Record<string, unknown>) => Promise<unknown>
  }
  await sellers.updateSellers({ id: seller.seller.id, status: "active" })
  const res = await api.post(
    "/vendor/products",
    {
      title: input.product,
      status: "published",
      options: [
        { title: "Varian", values: input.variants.map((v) => v.title) },
      ],
      variants: input.variants.map((v) => ({
        title: v.title,
        sku: v.sku,
        options: { Varian: v.title },
        manage_inventory: false,
        weight: v.weight,
        prices: [{ currency_code: "idr", amount: v.idr }],
      })),
    },
    seller.headers
  )
  if (res.status !== 201) {
    throw new Error(`POST /vendor/products answered ${res.status}`)
  }
  const product = res.data.product
  const variantIds: Record<string, string> = Object.fromEntries(
    product.variants.map((v: { sku: string; id: string }) => [v.sku, v.id])
  )
  return { ...seller, product, variantIds }
}
