import Medusa from "@medusajs/js-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { type Api, createAdminToken, signUpSeller } from "./actors"
import { createIndonesiaRegion } from "./admin"
import { createStoreHeaders, sellerLocationId } from "./inventory"

type Row = Record<string, any>

export type MarketSeller = {
  id: string
  handle: string
  token: string
  headers: { headers: Record<string, string> }
  location_id: string
  shipping_profile_id: string
  shipping_option_id: string
  shipping_amount: number
  variants: {
    id: string
    sku: string
    price: number
    inventory_item_id: string
  }[]
}

export type Market = {
  region_id: string
  publishable_key: string
  store: { headers: Record<string, string> }
  sellers: MarketSeller[]
  admin: { headers: Record<string, string> }
}

/** The seller's shipping profile (linked), created with its fulfillment set when missing. */
async function ensureSellerShipping(
  container: MedusaContainer,
  sellerId: string,
  handle: string,
  locationId: string
): Promise<{ profileId: string; serviceZoneId: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "shipping_profile.id"],
    filters: { id: sellerId },
  })
  let profileId: string | undefined = (sellers[0] as Row)?.shipping_profile?.id
  if (!profileId) {
    const [profile] = await fulfillment.createShippingProfiles([
      { name: `Seller ${handle}`, type: "default" },
    ])
    profileId = profile.id
    await link.create({
      seller: { seller_id: sellerId },
      [Modules.FULFILLMENT]: { shipping_profile_id: profileId },
    })
  }

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id", "fulfillment_sets.service_zones.id"],
    filters: { id: locationId },
  })
  let serviceZoneId: string | undefined = (locations[0] as Row)
    ?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (!serviceZoneId) {
    const set = await fulfillment.createFulfillmentSets({
      name: `Pengiriman ${handle}`,
      type: "shipping",
      service_zones: [
        {
          name: `Indonesia (${handle})`,
          geo_zones: [{ type: "country", country_code: "id" }],
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    serviceZoneId = set.service_zones[0].id
  }
  return { profileId, serviceZoneId }
}

/**
 * A marketplace ready for checkout: an IDR region for Indonesia with the
 * system payment provider, a publishable key, and `count` approved sellers,
 * each with its own stock location, shipping profile, a flat shipping option
 * and one product with the given variants stocked at its location.
 */
export async function createMarket(
  container: MedusaContainer,
  api: Api,
  sellers: {
    handle: string
    shipping?: number
    variants: { sku: string; price: number; stock: number; weight?: number }[]
  }[]
): Promise<Market> {
  const region = await createIndonesiaRegion(container)
  const store = await createStoreHeaders(container)
  const admin = await createAdminToken(container)
  const inventory = container.resolve(Modules.INVENTORY)

  const out: MarketSeller[] = []
  for (const spec of sellers) {
    const { seller, token, headers } = await signUpSeller(api, {
      email: `${spec.handle}@example.com`,
      name: `Toko ${spec.handle}`,
      handle: spec.handle,
    })
    const approved = await api.post(
      `/admin/sellers/${seller.id}/approve`,
      {},
      admin.headers
    )
    if (approved.status !== 200) throw new Error("approve failed")

    const locationId = await sellerLocationId(container, seller.id)
    const { profileId, serviceZoneId } = await ensureSellerShipping(
      container,
      seller.id,
      spec.handle,
      locationId
    )
    const shippingAmount = spec.shipping ?? 10_000
    const { result: options } = await createShippingOptionsWorkflow(
      container
    ).run({
      input: [
        {
          name: `Reguler ${spec.handle}`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: serviceZoneId,
          shipping_profile_id: profileId,
          type: { label: "Reguler", description: "2-4 hari", code: "reguler" },
          prices: [{ currency_code: "idr", amount: shippingAmount }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })

    const {
      result: [product],
    } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: `Produk ${spec.handle}`,
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: profileId,
            options: [
              { title: "Varian", values: spec.variants.map((v) => v.sku) },
            ],
            variants: spec.variants.map((v) => ({
              title: v.sku,
              sku: v.sku,
              weight: v.weight,
              options: { Varian: v.sku },
              manage_inventory: true,
              prices: [{ currency_code: "idr", amount: v.price }],
            })),
          },
        ],
      },
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      seller: { seller_id: seller.id },
      [Modules.PRODUCT]: { product_id: product.id },
    })
    // Visible to shoppers: the default sales channel (approved sellers' products).
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({
      entity: "store",
      fields: ["default_sales_channel_id"],
    })
    await link.create({
      [Modules.PRODUCT]: { product_id: product.id },
      [Modules.SALES_CHANNEL]: {
        sales_channel_id: (stores[0] as Row).default_sales_channel_id,
      },
    })

    const items = await inventory.listInventoryItems({
      sku: spec.variants.map((v) => v.sku),
    })
    const itemBySku = new Map(items.map((i) => [i.sku, i.id]))
    await inventory.createInventoryLevels(
      spec.variants.map((v) => ({
        inventory_item_id: itemBySku.get(v.sku)!,
        location_id: locationId,
        stocked_quantity: v.stock,
      }))
    )

    out.push({
      id: seller.id,
      handle: spec.handle,
      token,
      headers,
      location_id: locationId,
      shipping_profile_id: profileId,
      shipping_option_id: options[0].id,
      shipping_amount: shippingAmount,
      variants: spec.variants.map((v) => ({
        id: product.variants.find((pv: Row) => pv.sku === v.sku)!.id,
        sku: v.sku,
        price: v.price,
        inventory_item_id: itemBySku.get(v.sku)!,
      })),
    })
  }

  return {
    region_id: region.id,
    publishable_key: store.headers["x-publishable-api-key"],
    store,
    sellers: out,
    admin: admin.headers,
  }
}

/**
 * A js-sdk client for the test server, as a storefront would create it; with
 * `token`, signed in as that customer. (Tokens are kept in memory: in Node the
 * js-sdk's default storage keeps nothing, so a default client would silently
 * send its requests as a guest.)
 */
export function storefrontSdk(
  api: Api,
  publishableKey: string,
  token?: string
) {
  const baseUrl = (api as unknown as { defaults: { baseURL: string } }).defaults
    .baseURL
  const sdk = new Medusa({
    baseUrl,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
  })
  if (token) void sdk.client.setToken(token)
  return sdk
}

export const SHIPPING_ADDRESS = {
  first_name: "Budi",
  last_name: "Santoso",
  address_1: "Jl. Merdeka 1",
  city: "Jakarta",
  postal_code: "10110",
  country_code: "id",
  phone: "0812000000",
}

/**
 * A cart ready to complete, built through the Store API with the js-sdk:
 * the lines, address and e-mail, one shipping method per seller present, and
 * a payment session with the system provider (or `providerId`).
 */
export async function prepareCart(
  sdk: Medusa,
  market: Market,
  lines: { variant_id: string; quantity: number }[],
  email = "budi@example.com",
  providerId = "pp_system_default"
) {
  const { cart } = await sdk.store.cart.create({
    region_id: market.region_id,
    email,
    shipping_address: SHIPPING_ADDRESS,
    billing_address: SHIPPING_ADDRESS,
  })
  for (const line of lines) {
    await sdk.store.cart.createLineItem(cart.id, line)
  }
  const sellersInCart = market.sellers.filter((s) =>
    s.variants.some((v) => lines.some((l) => l.variant_id === v.id))
  )
  for (const seller of sellersInCart) {
    await sdk.store.cart.addShippingMethod(cart.id, {
      option_id: seller.shipping_option_id,
    })
  }
  const { cart: withMethods } = await sdk.store.cart.retrieve(cart.id)
  await sdk.store.payment.initiatePaymentSession(withMethods, {
    provider_id: providerId,
  })
  const { cart: ready } = await sdk.store.cart.retrieve(cart.id, {
    fields: "*items,*shipping_methods,+total",
  })
  return ready
}
