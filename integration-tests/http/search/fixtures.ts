import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"

export type SearchFixture = {
  regionId: string
  categories: { shoes: string; books: string }
  sellers: { sepatu: string; buku: string; nakal: string }
  products: Record<string, string>
}

type ProductSpec = {
  key: string
  title: string
  description: string
  seller: keyof SearchFixture["sellers"]
  category: keyof SearchFixture["categories"]
  price: number
  /** undefined: inventory not managed */
  stock?: number
  status?: "published" | "draft"
}

/**
 * Products created one by one (so "newest" has a defined order), each linked
 * to its seller, put in the store's default sales channel, priced in IDR and
 * stocked at one location.
 */
export const PRODUCTS: ProductSpec[] = [
  {
    key: "lari",
    title: "Sepatu Lari Ringan",
    description: "Sepatu olahraga untuk lari pagi",
    seller: "sepatu",
    category: "shoes",
    price: 450000,
    stock: 5,
  },
  {
    key: "kulit",
    title: "Sepatu Kulit Formal",
    description: "Sepatu kulit asli untuk kantor",
    seller: "sepatu",
    category: "shoes",
    price: 850000,
    stock: 0,
  },
  {
    key: "novel",
    title: "Novel Laskar Pelangi",
    description: "Novel karya Andrea Hirata",
    seller: "buku",
    category: "books",
    price: 95000,
    stock: 10,
  },
  {
    key: "resep",
    title: "Buku Resep Nusantara",
    description: "Kumpulan resep masakan dari Sabang sampai Merauke",
    seller: "buku",
    category: "books",
    price: 150000,
  },
  {
    key: "draft",
    title: "Sepatu Rahasia",
    description: "Belum diterbitkan",
    seller: "sepatu",
    category: "shoes",
    price: 300000,
    stock: 4,
    status: "draft",
  },
  {
    key: "nakal",
    title: "Sepatu Murah Nakal",
    description: "Sepatu dari penjual yang akan ditangguhkan",
    seller: "nakal",
    category: "shoes",
    price: 200000,
    stock: 3,
  },
]

export async function createSearchFixture(
  container: MedusaContainer
): Promise<SearchFixture> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const sellerService = container.resolve("seller") as {
    createSellers: (
      data: Record<string, unknown>[]
    ) => Promise<{ id: string; handle: string }[]>
  }

  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })
  const salesChannelId = store.default_sales_channel_id as string
  if (!salesChannelId) throw new Error("the store has no default sales channel")

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [{ name: "Indonesia", currency_code: "idr", countries: ["id"] }],
    },
  })
  const { result: cats } = await createProductCategoriesWorkflow(container).run(
    {
      input: {
        product_categories: [
          { name: "Sepatu", handle: "sepatu", is_active: true },
          { name: "Buku", handle: "buku", is_active: true },
        ],
      },
    }
  )
  const { result: locations } = await createStockLocationsWorkflow(
    container
  ).run({ input: { locations: [{ name: "Gudang Jakarta" }] } })

  const sellers = await sellerService.createSellers([
    {
      name: "Toko Sepatu",
      handle: "toko-sepatu",
      email: "sepatu@example.com",
      status: "active",
    },
    {
      name: "Toko Buku",
      handle: "toko-buku",
      email: "buku@example.com",
      status: "active",
    },
    {
      name: "Toko Nakal",
      handle: "toko-nakal",
      email: "nakal@example.com",
      status: "active",
    },
  ])
  const fixture: SearchFixture = {
    regionId: regions[0].id,
    categories: { shoes: cats[0].id, books: cats[1].id },
    sellers: {
      sepatu: sellers.find((s) => s.handle === "toko-sepatu")!.id,
      buku: sellers.find((s) => s.handle === "toko-buku")!.id,
      nakal: sellers.find((s) => s.handle === "toko-nakal")!.id,
    },
    products: {},
  }

  for (const spec of PRODUCTS) {
    const {
      result: [product],
    } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: spec.title,
            description: spec.description,
            status: spec.status ?? "published",
            category_ids: [fixture.categories[spec.category]],
            sales_channels: [{ id: salesChannelId }],
            options: [{ title: "Ukuran", values: ["M"] }],
            variants: [
              {
                title: "M",
                sku: `SKU-${spec.key}`,
                options: { Ukuran: "M" },
                manage_inventory: spec.stock !== undefined,
                prices: [{ amount: spec.price, currency_code: "idr" }],
              },
            ],
          },
        ],
      },
    })
    fixture.products[spec.key] = product.id
    await link.create({
      seller: { seller_id: fixture.sellers[spec.seller] },
      [Modules.PRODUCT]: { product_id: product.id },
    })
    if (spec.stock !== undefined) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { product_id: product.id },
      })
      const itemId = (variants[0] as any).inventory_items[0].inventory_item_id
      await createInventoryLevelsWorkflow(container).run({
        input: {
          inventory_levels: [
            {
              inventory_item_id: itemId,
              location_id: locations[0].id,
              stocked_quantity: spec.stock,
            },
          ],
        },
      })
    }
    // Keep created_at strictly ordered.
    await new Promise((r) => setTimeout(r, 5))
  }
  return fixture
}

/** Polls until `check` returns a truthy value (subscribers run asynchronously). */
export async function eventually<T>(
  fn: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 15_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T = await fn()
  while (!check(last)) {
    if (Date.now() > deadline)
      throw new Error(
        `condition not met in ${timeoutMs} ms: ${JSON.stringify(last)}`
      )
    await new Promise((r) => setTimeout(r, 100))
    last = await fn()
  }
  return last
}
