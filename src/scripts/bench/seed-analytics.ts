/**
 * Benchmark data for `npm run bench:analytics` (scripts/bench-analytics.mjs),
 * against an empty, throw-away database:
 *
 * - the checkout bench's store: IDR region, publishable key and three
 *   checkout-ready sellers (src/scripts/bench/seed-checkout.ts), plus sellers
 *   up to BENCH_SELLERS (default 50), every one with a stock location, an
 *   owner member and BENCH_PRODUCTS_PER_SELLER (default 10) products with
 *   stocked, managed variants (some under the low-stock threshold);
 * - BENCH_ORDERS (default 100,000) orders spread over the last
 *   BENCH_DAYS (default 90) days and all sellers, 1–3 lines of 1–3 units
 *   each, about 3 % cancelled, written in batches through the Order module
 *   (`createOrders`, placement time set on each order) with one commission
 *   line per line through the order-group module — what the split-order
 *   checkout records, without the cart, payment and reservations around it
 *   (the analytics read only orders and commission lines);
 * - then the rollup rebuilt with `marketplace-recompute-seller-sales` over
 *   every day but today, timed.
 *
 * Prints BENCH_* lines: the checkout variables, one bearer token per seller
 * member (signed like Medusa's auth routes sign them), the rollup time.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { recomputeSellerSalesWorkflow } from "@belanjain/marketplace/workflows"
import jwt from "jsonwebtoken"
import seedCheckoutBench from "./seed-checkout"

const SELLERS = Number(process.env.BENCH_SELLERS || 50)
const ORDERS = Number(process.env.BENCH_ORDERS || 100_000)
const DAYS = Number(process.env.BENCH_DAYS || 90)
const PRODUCTS_PER_SELLER = Number(process.env.BENCH_PRODUCTS_PER_SELLER || 10)
const ORDER_BATCH = 500
const DAY_MS = 86_400_000
const TIMEZONE = process.env.MARKETPLACE_ANALYTICS_TIMEZONE || "Asia/Jakarta"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- module services resolved by name, rows read by field
type Row = Record<string, any>
type SellerProduct = {
  product_id: string
  title: string
  variant_id: string
  price: number
}

/** A small deterministic generator, so two runs seed the same data. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const dayOf = (d: Date) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: TIMEZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d)

export default async function seedAnalyticsBench({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const inventory = container.resolve(Modules.INVENTORY)
  const orderModule = container.resolve(Modules.ORDER)
  const auth = container.resolve(Modules.AUTH)
  const sellerModule = container.resolve("seller") as Row
  const groups = container.resolve("order_group") as Row
  const out: string[] = []

  // The checkout bench's store and three sellers (prints its own BENCH_ lines).
  await seedCheckoutBench({ container } as ExecArgs)
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["default_sales_channel_id"],
  })
  const salesChannelId = (stores[0] as Row).default_sales_channel_id
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
  })
  const regionId = (regions[0] as Row).id

  // -- sellers up to SELLERS, each with a location and products -------------
  const { data: existing } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "stock_locations.id"],
  })
  const sellers: { id: string; handle: string; location_id?: string }[] = (
    existing as Row[]
  ).map((s) => ({
    id: s.id,
    handle: s.handle,
    location_id: s.stock_locations?.[0]?.id,
  }))
  const more = Math.max(0, SELLERS - sellers.length)
  if (more) {
    const created = await sellerModule.createSellers(
      Array.from({ length: more }, (_, i) => ({
        name: `Toko Bench ${i + 1}`,
        handle: `bench-${i + 1}`,
        email: `bench-${i + 1}@bench.test`,
        status: "active",
      }))
    )
    const { result: locations } = await createStockLocationsWorkflow(
      container
    ).run({
      input: {
        locations: created.map((s: Row) => ({ name: `Gudang ${s.handle}` })),
      },
    })
    await link.create(
      created.map((s: Row, i: number) => ({
        seller: { seller_id: s.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
      }))
    )
    created.forEach((s: Row, i: number) =>
      sellers.push({ id: s.id, handle: s.handle, location_id: locations[i].id })
    )
  }

  const productsOf = new Map<string, SellerProduct[]>()
  for (const [index, seller] of sellers.entries()) {
    const specs = Array.from({ length: PRODUCTS_PER_SELLER }, (_, p) => ({
      title: `Produk ${seller.handle} ${p + 1}`,
      sku: `AN-${index}-${p}`,
      price: 10_000 * (1 + ((index * 7 + p * 13) % 40)),
      // every fourth product is low on stock
      stock: p % 4 === 0 ? 5 : 1_000_000,
    }))
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: specs.map((s) => ({
          title: s.title,
          status: ProductStatus.PUBLISHED,
          sales_channels: [{ id: salesChannelId }],
          options: [{ title: "Varian", values: ["Standar"] }],
          variants: [
            {
              title: "Standar",
              sku: s.sku,
              options: { Varian: "Standar" },
              manage_inventory: true,
              prices: [{ currency_code: "idr", amount: s.price }],
            },
          ],
        })),
      },
    })
    await link.create(
      products.map((p: Row) => ({
        seller: { seller_id: seller.id },
        [Modules.PRODUCT]: { product_id: p.id },
      }))
    )
    const items = await inventory.listInventoryItems({
      sku: specs.map((s) => s.sku),
    })
    const itemBySku = new Map(items.map((i) => [i.sku, i.id]))
    if (seller.location_id) {
      await inventory.createInventoryLevels(
        specs.map((s) => ({
          inventory_item_id: itemBySku.get(s.sku)!,
          location_id: seller.location_id!,
          stocked_quantity: s.stock,
        }))
      )
    }
    productsOf.set(
      seller.id,
      products.map((p: Row, i: number) => ({
        product_id: p.id,
        title: p.title,
        variant_id: p.variants[0].id,
        price: specs[i].price,
      }))
    )
  }

  // -- one owner member and token per seller ---------------------------------
  const created = await sellerModule.createSellerMembers(
    sellers.map((s) => ({
      email: `owner@${s.handle}.bench.test`,
      role: "owner",
      seller_id: s.id,
    }))
  )
  const memberOf = new Map<string, string>(
    created.map((m: Row, i: number) => [sellers[i].id, m.id])
  )
  for (const [index, seller] of sellers.entries()) {
    const memberId = memberOf.get(seller.id)!
    const identity = await auth.createAuthIdentities({
      provider_identities: [
        { provider: "emailpass", entity_id: `owner@${seller.handle}.bench` },
      ],
      app_metadata: { seller_id: memberId },
    })
    const token = jwt.sign(
      {
        actor_id: memberId,
        actor_type: "seller",
        auth_identity_id: identity.id,
        app_metadata: { seller_id: memberId },
      },
      process.env.JWT_SECRET || "supersecret",
      { expiresIn: "1d" }
    )
    out.push(`BENCH_SELLER_TOKEN_${index}=${token}`)
  }

  // -- the orders, in batches through the Order module -----------------------
  const rand = random(42)
  const now = Date.now()
  const started = Date.now()
  let canceled = 0
  for (let done = 0; done < ORDERS; done += ORDER_BATCH) {
    const n = Math.min(ORDER_BATCH, ORDERS - done)
    const plans = Array.from({ length: n }, () => {
      const seller = sellers[Math.floor(rand() * sellers.length)]
      const catalogue = productsOf.get(seller.id)!
      const lines = Array.from(
        { length: 1 + Math.floor(rand() * 3) },
        () => catalogue[Math.floor(rand() * catalogue.length)]
      )
      const placedAt = new Date(now - Math.floor(rand() * DAYS * DAY_MS))
      const isCanceled = rand() < 0.03
      if (isCanceled) canceled++
      return {
        seller,
        placedAt,
        isCanceled,
        lines: [...new Set(lines)].map((p) => ({
          product: p,
          quantity: 1 + Math.floor(rand() * 3),
        })),
      }
    })
    const orders: Row[] = await orderModule.createOrders(
      plans.map((p) => ({
        region_id: regionId,
        sales_channel_id: salesChannelId,
        currency_code: "idr",
        email: "bench@example.com",
        status: p.isCanceled ? "canceled" : "pending",
        canceled_at: p.isCanceled ? p.placedAt : undefined,
        created_at: p.placedAt,
        items: p.lines.map((l) => ({
          title: "Standar",
          product_id: l.product.product_id,
          product_title: l.product.title,
          variant_id: l.product.variant_id,
          quantity: l.quantity,
          unit_price: l.product.price,
        })),
      })) as unknown as Parameters<typeof orderModule.createOrders>[0][]
    )
    const commission: Row[] = []
    orders.forEach((order: Row, i: number) => {
      const plan = plans[i]
      for (const item of order.items ?? []) {
        const base = Number(item.unit_price) * Number(item.quantity)
        commission.push({
          order_id: order.id,
          line_item_id: item.id,
          seller_id: plan.seller.id,
          currency_code: "idr",
          rate: 10,
          base_amount: base,
          amount: Math.round(base / 10),
          created_at: plan.placedAt,
        })
      }
    })
    await groups.createCommissionLines(commission)
    if ((done / ORDER_BATCH) % 20 === 0)
      logger.info(`bench: ${done + n} / ${ORDERS} orders`)
  }
  const seedMs = Date.now() - started
  const { data: sample } = await query.graph({
    entity: "order",
    fields: ["id", "created_at"],
    pagination: { take: 1, order: { created_at: "ASC" } },
  })

  // -- the rollup, rebuilt over every past day -------------------------------
  const today = dayOf(new Date())
  const from = dayOf(new Date(now - DAYS * DAY_MS))
  const yesterday = dayOf(new Date(now - DAY_MS))
  const rollupStart = Date.now()
  const { result } = await recomputeSellerSalesWorkflow(container).run({
    input: { from, to: yesterday < today ? yesterday : today },
  })
  const rollupMs = Date.now() - rollupStart

  out.push(
    `BENCH_SELLER_COUNT=${sellers.length}`,
    `BENCH_ORDER_COUNT=${ORDERS}`,
    `BENCH_CANCELED_COUNT=${canceled}`,
    `BENCH_ORDERS_SEED_MS=${seedMs}`,
    `BENCH_OLDEST_ORDER=${new Date((sample[0] as Row).created_at).toISOString()}`,
    `BENCH_ROLLUP_MS=${rollupMs}`,
    `BENCH_ROLLUP_DAYS=${result.days}`,
    `BENCH_ROLLUP_SELLER_ROWS=${result.seller_rows}`,
    `BENCH_ROLLUP_PRODUCT_ROWS=${result.product_rows}`
  )
  // Printed, not logged: the benchmark script reads these lines.
  console.log(out.join("\n"))
}
