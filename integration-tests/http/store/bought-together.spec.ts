import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { refreshProductSearchWorkflow } from "@belanjain/marketplace/workflows"
import { call } from "../../helpers/actors"
import {
  createMarket,
  type Market,
  type MarketSeller,
  prepareCart,
  storefrontSdk,
} from "../../helpers/checkout"
import { defaultSalesChannelId } from "../../helpers/inventory"
import {
  groupOfCart,
  type PlacedGroup,
  vendorAction,
} from "../../helpers/orders"
import { eventsSettled } from "../../helpers/events"
import { medusaIntegrationTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

type Hit = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  seller: { id: string; handle: string | null; name: string | null } | null
  price: { amount: number; currency_code: string } | null
  in_stock: boolean
}

/**
 * GET /store/products/:id/bought-together against real checkouts, placed
 * once (the runner snapshots the database after beforeAll and restores it
 * before each test):
 *
 *   seller 1 "satu": A (Rp100.000), B, F    seller 2 "dua": C, D    seller 3 "tiga": E
 *
 *   cart 1 {A, C}   cart 2 {A, C}   cart 3 {A, B}
 *   cart 4 {A, D}   both orders canceled by their sellers
 *   cart 5 {A, E, F}                (completed in this order)
 *
 * A and C are in different sellers' orders of one order group, so C counts
 * only because co-purchases are counted per checkout. Expected for A:
 * C (2 carts), then the one-cart products newest first: E and F (cart 5,
 * by id), then B (cart 3).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    const ids: Record<string, string> = {}
    const variants: Record<string, string> = {}
    /** product id → letter, to assert on readable names */
    const letter = (id: string) =>
      Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id

    /** E and F, bought together in one cart: tied, so in id order. */
    const cart5 = () => [ids.E, ids.F].sort().map(letter)
    const seller = (i: number) => market.sellers[i]
    const store = () => market.store

    const boughtTogether = (id: string, qs = "", headers = store()) =>
      call(api.get(`/store/products/${id}/bought-together${qs}`, headers))
    const letters = async (id: string, qs = "") => {
      const res = await boughtTogether(id, qs)
      if (res.status !== 200)
        throw new Error(`${res.status} ${JSON.stringify(res.data)}`)
      return (res.data.products as Hit[]).map((p) => letter(p.id))
    }

    /** Another product of a market seller: its shipping profile, stock at its location, listed. */
    async function addProduct(
      container: MedusaContainer,
      owner: MarketSeller,
      sku: string,
      price: number
    ) {
      const {
        result: [product],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: `Produk ${sku}`,
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: owner.shipping_profile_id,
              sales_channels: [{ id: await defaultSalesChannelId(container) }],
              options: [{ title: "Varian", values: [sku] }],
              variants: [
                {
                  title: sku,
                  sku,
                  options: { Varian: sku },
                  manage_inventory: true,
                  prices: [{ currency_code: "idr", amount: price }],
                },
              ],
            },
          ],
        },
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        seller: { seller_id: owner.id },
        [Modules.PRODUCT]: { product_id: product.id },
      })
      const inventory = container.resolve(Modules.INVENTORY)
      const [item] = await inventory.listInventoryItems({ sku })
      await inventory.createInventoryLevels([
        {
          inventory_item_id: item.id,
          location_id: owner.location_id,
          stocked_quantity: 50,
        },
      ])
      // prepareCart adds a shipping method for each seller whose variants are in the cart.
      owner.variants.push({
        id: product.variants[0].id,
        sku,
        price,
        inventory_item_id: item.id,
      })
      return { product_id: product.id, variant_id: product.variants[0].id }
    }

    let shoppers = 0
    /** Prepares the carts concurrently, then completes them one by one (in order). */
    async function checkout(carts: string[][]): Promise<PlacedGroup[]> {
      const container = getContainer()
      const sdk = storefrontSdk(api, market.publishable_key)
      const prepared = await Promise.all(
        carts.map((products) =>
          prepareCart(
            sdk,
            market,
            products.map((p) => ({ variant_id: variants[p], quantity: 1 })),
            // One guest per cart: concurrent carts of one new e-mail race to create its customer.
            `pembeli-${products.join("").toLowerCase()}-${++shoppers}@example.com`
          )
        )
      )
      const groups: PlacedGroup[] = []
      for (const cart of prepared) {
        const done = await sdk.store.cart.complete(cart.id)
        if (done.type !== "order")
          throw new Error(`checkout failed: ${JSON.stringify(done)}`)
        groups.push(await groupOfCart(container, cart.id))
      }
      return groups
    }

    /** Rebuilds the search documents (links created directly emit no event). */
    async function refreshSearch() {
      const container = getContainer()
      await eventsSettled(container)
      await refreshProductSearchWorkflow(container).run({
        input: { product_ids: Object.values(ids) },
      })
      await eventsSettled(container)
    }

    beforeAll(async () => {
      const container = getContainer()
      market = await createMarket(container, api, [
        { handle: "satu", variants: [{ sku: "A", price: 100_000, stock: 50 }] },
        { handle: "dua", variants: [{ sku: "C", price: 30_000, stock: 50 }] },
        { handle: "tiga", variants: [{ sku: "E", price: 50_000, stock: 50 }] },
      ])
      const { data: products } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["id", "sku", "product_id"],
          filters: { sku: ["A", "C", "E"] },
        })
      for (const v of products as {
        id: string
        sku: string
        product_id: string
      }[]) {
        ids[v.sku] = v.product_id
        variants[v.sku] = v.id
      }
      for (const [sku, owner, price] of [
        ["B", 0, 20_000],
        ["F", 0, 40_000],
        ["D", 1, 60_000],
      ] as const) {
        const p = await addProduct(container, seller(owner), sku, price)
        ids[sku] = p.product_id
        variants[sku] = p.variant_id
      }

      const groups = await checkout([
        ["A", "C"],
        ["A", "C"],
        ["A", "B"],
        ["A", "D"],
        ["A", "E", "F"],
      ])
      const canceled = groups[3]
      await Promise.all(
        canceled.orders.map(async (order) => {
          const owner = market.sellers.find((s) => s.id === order.seller_id)!
          const res = await vendorAction(api, owner, order.id, "cancel")
          if (res.status !== 200)
            throw new Error(`cancel: ${JSON.stringify(res.data)}`)
        })
      )
      if (canceled.orders.length !== 2)
        throw new Error("cart 4 should be split into two orders")
      await refreshSearch()
    })

    it("ranks by checkouts bought together across sellers, ties newest first; never the product itself or canceled orders", async () => {
      const res = await boughtTogether(
        ids.A,
        `?limit=12&region_id=${market.region_id}`
      )
      expect(res.status).toBe(200)
      expect(res.data.products.map((p: Hit) => letter(p.id))).toEqual([
        "C",
        ...cart5(),
        "B",
      ])
      // Exactly the search route's hit, priced in the region's currency.
      expect(res.data.products[0]).toEqual({
        id: ids.C,
        title: "Produk dua",
        handle: expect.any(String),
        thumbnail: null,
        seller: { id: seller(1).id, handle: "dua", name: "Toko dua" },
        price: { amount: 30_000, currency_code: "idr" },
        in_stock: true,
      })
      expect(res.data.products.find((p: Hit) => p.id === ids.F).price).toEqual({
        amount: 40_000,
        currency_code: "idr",
      })

      // Default limit 4; limit is respected.
      expect(await letters(ids.A)).toEqual(["C", ...cart5(), "B"])
      expect(await letters(ids.A, "?limit=2")).toEqual(["C", cart5()[0]])
      expect(await letters(ids.A, "?limit=1")).toEqual(["C"])

      // The other way round, and other sellers' products.
      expect(await letters(ids.C)).toEqual(["A"])
      expect(await letters(ids.B)).toEqual(["A"])
      // D was bought only in the canceled checkout.
      expect(await letters(ids.D)).toEqual([])
    })

    it("a new checkout shows in the next request", async () => {
      expect(await letters(ids.B)).toEqual(["A"])
      await checkout([["B", "C"]])
      // One checkout each: the newest (with C) first.
      expect(await letters(ids.B)).toEqual(["C", "A"])
      expect(await letters(ids.C)).toEqual(["A", "B"])
    })

    it("leaves out a suspended seller's products; their own page answers 404", async () => {
      const suspended = await call(
        api.post(`/admin/sellers/${seller(2).id}/suspend`, {}, market.admin)
      )
      expect(suspended.status).toBe(200)
      await eventsSettled(getContainer())
      expect(await letters(ids.A)).toEqual(["C", "F", "B"])

      const own = await boughtTogether(ids.E)
      expect(own.status).toBe(404)
      expect(own.data.message).toContain(ids.E)
    })

    it("leaves out an unpublished product; its own page answers 404", async () => {
      const res = await call(
        api.post(`/vendor/products/${ids.F}/unpublish`, {}, seller(0).headers)
      )
      expect(res.status).toBe(200)
      expect(res.data.product.status).toBe("draft")
      await eventsSettled(getContainer())
      expect(await letters(ids.A)).toEqual(["C", "E", "B"])

      const own = await boughtTogether(ids.F)
      expect(own.status).toBe(404)
      expect(own.data.message).toContain(ids.F)
    })

    it("answers only for products in the publishable key's sales channels", async () => {
      const container = getContainer()
      const {
        result: [channel],
      } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Toko kios" }] },
      })
      const {
        result: [key],
      } = await createApiKeysWorkflow(container).run({
        input: {
          api_keys: [{ title: "Kios", type: "publishable", created_by: "" }],
        },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [channel.id] },
      })
      const kiosk = { headers: { "x-publishable-api-key": key.token } }
      const res = await boughtTogether(ids.A, "", kiosk)
      expect(res.status).toBe(404)
      expect(res.data.message).toContain(ids.A)

      // With C in the kiosk's channel, C's list is answered there, without A
      // (not sold in that channel).
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.PRODUCT]: { product_id: ids.C },
        [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
      })
      const c = await boughtTogether(ids.C, "", kiosk)
      expect(c.status).toBe(200)
      expect(c.data.products).toEqual([])
    })

    it("answers 404 naming an unknown product and 400 naming a bad parameter", async () => {
      const unknown = await boughtTogether("prod_tidak_ada")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("prod_tidak_ada")

      for (const limit of ["0", "13", "dua"]) {
        const res = await boughtTogether(ids.A, `?limit=${limit}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("limit")
      }
      const unknownParam = await boughtTogether(ids.A, "?sort=newest")
      expect(unknownParam.status).toBe(400)
      expect(unknownParam.data.message).toContain("sort")

      const region = await boughtTogether(ids.A, "?region_id=reg_tidak_ada")
      expect(region.status).toBe(400)
      expect(region.data.message).toContain("region_id")
    })
  },
})
