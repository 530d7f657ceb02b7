/**
 * Benchmark data for `npm run bench:checkout` (scripts/bench-checkout.mjs):
 * an IDR region for Indonesia with the system payment provider, a publishable
 * key, and three active sellers, each with its own stock location, shipping
 * profile, fulfillment set, flat shipping option and one product stocked with
 * 1,000,000 units. Prints BENCH_* variables for the script. Run only against
 * an empty, throw-away database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { prepareBenchStore } from "./bench-store"

const SELLERS = ["batik", "sepatu", "buku"]

export default async function seedCheckoutBench({ container }: ExecArgs) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const inventory = container.resolve(Modules.INVENTORY)
  const sellers = container.resolve("seller") as {
    createSellers: (d: Record<string, unknown>) => Promise<{ id: string }>
  }

  const { salesChannelId, region, publishableKey } = await prepareBenchStore(
    container,
    { keyTitle: "Bench Checkout", paymentProviders: ["pp_system_default"] }
  )

  const out: string[] = [
    `BENCH_PUBLISHABLE_KEY=${publishableKey}`,
    `BENCH_REGION_ID=${region.id}`,
  ]
  for (const [index, handle] of SELLERS.entries()) {
    const seller = await sellers.createSellers({
      name: `Toko ${handle}`,
      handle,
      email: `${handle}@bench.test`,
      status: "active",
    })
    const {
      result: [location],
    } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: `Gudang ${handle}` }] },
    })
    const [profile] = await fulfillment.createShippingProfiles([
      { name: `Seller ${handle}`, type: "default" },
    ])
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
    await link.create([
      {
        seller: { seller_id: seller.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      },
      {
        seller: { seller_id: seller.id },
        [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
      },
      {
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
      },
    ])
    const {
      result: [option],
    } = await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: `Reguler ${handle}`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: set.service_zones[0].id,
          shipping_profile_id: profile.id,
          type: { label: "Reguler", description: "2-4 hari", code: "reguler" },
          prices: [{ currency_code: "idr", amount: 10_000 }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
    const sku = `BENCH-${handle.toUpperCase()}`
    const {
      result: [product],
    } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: `Produk ${handle}`,
            status: ProductStatus.PUBLISHED,
            shipping_profile_id: profile.id,
            sales_channels: [{ id: salesChannelId }],
            options: [{ title: "Varian", values: ["Standar"] }],
            variants: [
              {
                title: "Standar",
                sku,
                options: { Varian: "Standar" },
                manage_inventory: true,
                prices: [{ currency_code: "idr", amount: 100_000 + index }],
              },
            ],
          },
        ],
      },
    })
    await link.create({
      seller: { seller_id: seller.id },
      [Modules.PRODUCT]: { product_id: product.id },
    })
    const [item] = await inventory.listInventoryItems({ sku })
    await inventory.createInventoryLevels([
      {
        inventory_item_id: item.id,
        location_id: location.id,
        stocked_quantity: 1_000_000,
      },
    ])
    out.push(`BENCH_SELLER_${index}_VARIANT=${product.variants[0].id}`)
    out.push(`BENCH_SELLER_${index}_OPTION=${option.id}`)
  }
  // Printed, not logged: the benchmark script reads these lines.
  console.log(out.join("\n"))
}
