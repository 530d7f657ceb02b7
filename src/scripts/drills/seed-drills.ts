/**
 * Data for `npm run drills` (scripts/drills.mjs), against an empty,
 * throw-away database: the checkout bench's store (src/scripts/bench/
 * seed-checkout.ts: IDR region with the system payment provider, a
 * publishable key, three active sellers, each with its own stock location,
 * shipping profile, flat option and one product stocked with 1,000,000
 * units), plus one product of the first seller with exactly
 * DRILL_SCARCE_STOCK (default 5) units: the last-units race. Prints BENCH_*
 * variables for the script (the bench's, and BENCH_SCARCE_VARIANT /
 * BENCH_SCARCE_INVENTORY_ITEM / BENCH_SCARCE_LOCATION).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import seedCheckoutBench from "../bench/seed-checkout"

const SCARCE_STOCK = Number(process.env.DRILL_SCARCE_STOCK || 5)
const SCARCE_SKU = "DRILL-LANGKA"
// The first seller of seed-checkout.ts (its location and profile are named after it).
const SELLER = "batik"

export default async function seedDrills({ container }: ExecArgs) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)

  await seedCheckoutBench({ container } as ExecArgs)

  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "stock_locations.id", "shipping_profile.id"],
    filters: { handle: SELLER },
  })
  const seller = sellers[0] as {
    id: string
    stock_locations: { id: string }[]
    shipping_profile: { id: string }
  }
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["default_sales_channel_id"],
  })
  const salesChannelId = stores[0].default_sales_channel_id as string
  const locationId = seller.stock_locations[0].id

  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Produk langka",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: seller.shipping_profile.id,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Varian", values: ["Standar"] }],
          variants: [
            {
              title: "Standar",
              sku: SCARCE_SKU,
              options: { Varian: "Standar" },
              manage_inventory: true,
              prices: [{ currency_code: "idr", amount: 99_000 }],
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
  const [item] = await inventory.listInventoryItems({ sku: SCARCE_SKU })
  await inventory.createInventoryLevels([
    {
      inventory_item_id: item.id,
      location_id: locationId,
      stocked_quantity: SCARCE_STOCK,
    },
  ])
  // Printed, not logged: the drill script reads these lines.
  console.log(
    [
      `BENCH_SCARCE_VARIANT=${product.variants[0].id}`,
      `BENCH_SCARCE_INVENTORY_ITEM=${item.id}`,
      `BENCH_SCARCE_LOCATION=${locationId}`,
      `BENCH_SCARCE_STOCK=${SCARCE_STOCK}`,
    ].join("\n")
  )
}
