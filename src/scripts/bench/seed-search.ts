/**
 * Benchmark data for `npm run bench:search` (scripts/bench-search.mjs):
 * BENCH_PRODUCTS products (default 10,000) across BENCH_SELLERS active sellers
 * (default 50), each with one IDR-priced variant, a category, its seller link,
 * the default sales channel and (for 70 %) stock at one location, written in
 * bulk through the Product, Pricing and Inventory modules and Link (what
 * createProductsWorkflow writes, minus its per-product overhead); then the
 * search read model is rebuilt with the refresh workflow. Prints `BENCH_PUBLISHABLE_KEY=<token>`.
 * Run only against an empty, throw-away database.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductCategoriesWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { refreshProductSearchWorkflow } from "@belanjain/marketplace/workflows"
import { prepareBenchStore } from "./bench-store"

const NOUNS = [
  "Sepatu",
  "Sandal",
  "Kaos",
  "Kemeja",
  "Celana",
  "Jaket",
  "Tas",
  "Dompet",
  "Topi",
  "Batik",
  "Novel",
  "Buku",
  "Kopi",
  "Teh",
  "Sambal",
  "Keripik",
  "Madu",
  "Lampu",
  "Kabel",
  "Headset",
  "Mouse",
  "Keyboard",
  "Botol",
  "Panci",
]
const ADJECTIVES = [
  "Lari",
  "Kulit",
  "Santai",
  "Formal",
  "Anak",
  "Wanita",
  "Pria",
  "Premium",
  "Murah",
  "Original",
  "Tahan Air",
  "Ringan",
  "Klasik",
  "Modern",
  "Organik",
]
const PLACES = [
  "Bandung",
  "Jogja",
  "Solo",
  "Bali",
  "Garut",
  "Medan",
  "Aceh",
  "Toraja",
  "Jepara",
  "Pekalongan",
  "Surabaya",
  "Malang",
]

/** Deterministic pseudo-random numbers, so every run seeds the same catalogue. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export default async function seedSearchBench({ container }: ExecArgs) {
  const total = Number(process.env.BENCH_PRODUCTS ?? 10_000)
  const sellerCount = Number(process.env.BENCH_SELLERS ?? 50)
  const batchSize = 500
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const random = rng(42)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const t0 = Date.now()

  const { salesChannelId, region, publishableKey } = await prepareBenchStore(
    container,
    { keyTitle: "Bench Search" }
  )
  const { result: categories } = await createProductCategoriesWorkflow(
    container
  ).run({
    input: {
      product_categories: NOUNS.map((n) => ({
        name: n,
        handle: `bench-${n.toLowerCase()}`,
        is_active: true,
      })),
    },
  })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Gudang Bench" }] },
  })
  const sellerService = container.resolve("seller") as {
    createSellers: (
      data: Record<string, unknown>[]
    ) => Promise<{ id: string }[]>
  }
  const sellers = await sellerService.createSellers(
    Array.from({ length: sellerCount }, (_, i) => ({
      name: `Toko ${pick(PLACES)} ${i + 1}`,
      handle: `toko-bench-${i + 1}`,
      email: `toko${i + 1}@bench.test`,
      status: "active",
    }))
  )
  logger.info(`bench seed: setup done in ${Date.now() - t0} ms`)

  const productModule = container.resolve(Modules.PRODUCT)
  const pricingModule = container.resolve(Modules.PRICING)
  const inventoryModule = container.resolve(Modules.INVENTORY)

  for (let start = 0; start < total; start += batchSize) {
    const t = Date.now()
    const specs = Array.from(
      { length: Math.min(batchSize, total - start) },
      (_, j) => {
        const i = start + j
        const nounIndex = Math.floor(random() * NOUNS.length)
        const title = `${NOUNS[nounIndex]} ${pick(ADJECTIVES)} ${pick(PLACES)} ${i + 1}`
        return {
          i,
          title,
          seller: sellers[i % sellers.length].id,
          category: categories[nounIndex].id,
          price: 10_000 + Math.floor(random() * 199) * 10_000,
          managed: random() < 0.7,
          stock: Math.floor(random() * 20),
          place: pick(PLACES),
          adjective: pick(ADJECTIVES).toLowerCase(),
        }
      }
    )
    // The same records createProductsWorkflow writes (product, variant, price
    // set, inventory item and their links), written in bulk through the modules:
    // the workflow takes ~150 ms per product here, too slow for 10,000.
    const products = await productModule.createProducts(
      specs.map((s) => ({
        title: s.title,
        handle: `bench-${s.i + 1}`,
        description: `${s.title}: produk pilihan dari ${s.place}, kualitas ${s.adjective}.`,
        status: "published" as const,
        category_ids: [s.category],
        options: [{ title: "Varian", values: ["Standar"] }],
        variants: [
          {
            title: "Standar",
            sku: `BENCH-${s.i + 1}`,
            options: { Varian: "Standar" },
            manage_inventory: s.managed,
          },
        ],
      }))
    )
    const priceSets = await pricingModule.createPriceSets(
      specs.map((s) => ({
        prices: [{ amount: s.price, currency_code: "idr" }],
      }))
    )
    const managed = products
      .map((p, j) => ({ p, s: specs[j] }))
      .filter(({ s }) => s.managed)
    const items = managed.length
      ? await inventoryModule.createInventoryItems(
          managed.map(({ s }) => ({ sku: `BENCH-${s.i + 1}`, title: s.title }))
        )
      : []
    await link.create([
      ...products.map((p, j) => ({
        seller: { seller_id: specs[j].seller },
        [Modules.PRODUCT]: { product_id: p.id },
      })),
      ...products.map((p) => ({
        [Modules.PRODUCT]: { product_id: p.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
      })),
      ...products.map((p, j) => ({
        [Modules.PRODUCT]: { variant_id: p.variants[0].id },
        [Modules.PRICING]: { price_set_id: priceSets[j].id },
      })),
      ...managed.map(({ p }, k) => ({
        [Modules.PRODUCT]: { variant_id: p.variants[0].id },
        [Modules.INVENTORY]: { inventory_item_id: items[k].id },
        data: { required_quantity: 1 },
      })),
    ])
    if (items.length) {
      await inventoryModule.createInventoryLevels(
        managed.map(({ s }, k) => ({
          inventory_item_id: items[k].id,
          location_id: location.id,
          stocked_quantity: s.stock,
        }))
      )
    }
    logger.info(
      `bench seed: ${start + products.length}/${total} products (${Date.now() - t} ms for this batch)`
    )
  }

  const r0 = Date.now()
  const { result } = await refreshProductSearchWorkflow(container).run({
    input: {},
  })
  logger.info(
    `bench seed: search reindex ${result.written} documents in ${Date.now() - r0} ms`
  )
  // One line the benchmark script reads.
  console.log(`BENCH_PUBLISHABLE_KEY=${publishableKey}`)
  console.log(`BENCH_REGION_ID=${region.id}`)
  console.log(`BENCH_CATEGORY_ID=${categories[0].id}`)
  console.log(`BENCH_SELLER_ID=${sellers[0].id}`)
}
