import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { refreshProductSearchWorkflow } from "@belanjain/marketplace/workflows"
import { call } from "../../helpers/actors"
import { createPublishableKeyHeaders } from "../../helpers/publishable-key"
import { createSearchFixture, eventually, type SearchFixture } from "./fixtures"

jest.setTimeout(180_000)

type StoreHeaders = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: StoreHeaders
    let fx: SearchFixture
    /** product id → fixture key, to assert on readable names */
    let keyOf: Record<string, string>

    const search = async (qs = "") => {
      const res = await call(api.get(`/store/products/search${qs}`, store))
      if (res.status !== 200)
        throw new Error(`${res.status} ${JSON.stringify(res.data)}`)
      return res.data
    }
    const keys = (data: { products: { id: string }[] }) =>
      data.products.map((p) => keyOf[p.id] ?? p.id)
    const docCount = async () =>
      Number(
        (
          await dbConnection.raw(
            "select count(*) as c from product_search_document"
          )
        ).rows[0].c
      )

    beforeEach(async () => {
      const container = getContainer()
      store = await createPublishableKeyHeaders(container)
      fx = await createSearchFixture(container)
      keyOf = Object.fromEntries(
        Object.entries(fx.products).map(([k, id]) => [id, k])
      )
      // Subscribers (product.created, inventory-level.created) build the documents…
      await eventually(docCount, (n) => n === 6)
      // …and the seller links were created directly here (no event), so refresh
      // the products as a link-creating workflow would.
      await refreshProductSearchWorkflow(container).run({
        input: { product_ids: Object.values(fx.products) },
      })
    })

    it("keeps one document per product, with seller, categories, IDR prices and stock", async () => {
      const { rows } = await dbConnection.raw(
        `select d.id, d.visible, d.in_stock, d.seller_handle, d.category_ids, p.min_amount
         from product_search_document d
         left join product_search_price p on p.product_id = d.id and p.currency_code = 'idr'`
      )
      const byKey = Object.fromEntries(rows.map((r: any) => [keyOf[r.id], r]))
      expect(byKey.lari).toEqual(
        expect.objectContaining({
          visible: true,
          in_stock: true,
          seller_handle: "toko-sepatu",
          category_ids: [fx.categories.shoes],
        })
      )
      expect(Number(byKey.lari.min_amount)).toBe(450000)
      expect(byKey.kulit.in_stock).toBe(false)
      expect(byKey.resep.in_stock).toBe(true) // inventory not managed
      expect(byKey.draft.visible).toBe(false)
    })

    it("lists visible products newest first by default, paginated with a count", async () => {
      const all = await search()
      expect(all.count).toBe(5)
      expect(keys(all)).toEqual(["nakal", "resep", "novel", "kulit", "lari"])

      const page = await search(`?limit=2&offset=2&region_id=${fx.regionId}`)
      expect(page).toEqual(
        expect.objectContaining({ count: 5, limit: 2, offset: 2 })
      )
      expect(keys(page)).toEqual(["novel", "kulit"])
      expect(page.products[0]).toEqual({
        id: fx.products.novel,
        title: "Novel Laskar Pelangi",
        handle: expect.any(String),
        thumbnail: null,
        seller: { id: fx.sellers.buku, handle: "toko-buku", name: "Toko Buku" },
        price: { amount: 95000, currency_code: "idr" },
        in_stock: true,
        units_sold: 0,
        created_at: expect.any(String),
      })
    })

    it("finds by keyword (full text, prefix and typo) ranked, never drafts", async () => {
      const sepatu = await search("?q=sepatu")
      expect(sepatu.count).toBe(3)
      expect(keys(sepatu).sort()).toEqual(["kulit", "lari", "nakal"])

      expect(keys(await search("?q=laskar"))).toEqual(["novel"])
      expect(keys(await search("?q=lask"))).toEqual(["novel"])
      expect(keys(await search("?q=merauke"))).toEqual(["resep"]) // description
      const typo = await search("?q=sepatuu")
      expect(keys(typo).sort()).toEqual(["kulit", "lari", "nakal"])
      // Ranked: the title holding both words comes first.
      expect(keys(await search("?q=sepatu%20kulit"))[0]).toBe("kulit")

      expect((await search("?q=rahasia")).count).toBe(0)
    })

    it("filters by category, seller (id or handle), price range in the region's currency and stock", async () => {
      const books = await search(`?category_id=${fx.categories.books}`)
      expect(keys(books)).toEqual(["resep", "novel"])

      const both = await search(
        `?category_id=${fx.categories.books}&category_id=${fx.categories.shoes}`
      )
      expect(both.count).toBe(5)

      expect(keys(await search("?seller=toko-buku"))).toEqual([
        "resep",
        "novel",
      ])
      expect(keys(await search(`?seller_id=${fx.sellers.sepatu}`))).toEqual([
        "kulit",
        "lari",
      ])

      const range = await search(
        `?region_id=${fx.regionId}&min_price=100000&max_price=500000&sort=price_asc`
      )
      expect(keys(range)).toEqual(["resep", "nakal", "lari"])
      expect(range.products.map((p: any) => p.price)).toEqual([
        { amount: 150000, currency_code: "idr" },
        { amount: 200000, currency_code: "idr" },
        { amount: 450000, currency_code: "idr" },
      ])

      const inStock = await search("?in_stock=true")
      expect(keys(inStock)).toEqual(["nakal", "resep", "novel", "lari"])

      const combined = await search(
        `?q=sepatu&in_stock=true&region_id=${fx.regionId}&max_price=300000`
      )
      expect(keys(combined)).toEqual(["nakal"])
    })

    it("sorts by price both ways and by popularity (units sold from placed orders)", async () => {
      const r = `region_id=${fx.regionId}`
      expect(keys(await search(`?${r}&sort=price_asc`))).toEqual([
        "novel",
        "resep",
        "nakal",
        "lari",
        "kulit",
      ])
      expect(keys(await search(`?${r}&sort=price_desc`))).toEqual([
        "kulit",
        "lari",
        "nakal",
        "resep",
        "novel",
      ])

      const container = getContainer()
      const orderModule = container.resolve(Modules.ORDER)
      const order = await orderModule.createOrders({
        currency_code: "idr",
        region_id: fx.regionId,
        email: "pembeli@example.com",
        items: [
          {
            title: "Novel Laskar Pelangi",
            product_id: fx.products.novel,
            quantity: 3,
            unit_price: 95000,
          },
          {
            title: "Sepatu Kulit Formal",
            product_id: fx.products.kulit,
            quantity: 1,
            unit_price: 850000,
          },
        ],
      })
      await container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.placed", data: { id: order.id } })

      const popular = await eventually(
        () => search("?sort=popularity"),
        (d) => d.products[0]?.units_sold === 3
      )
      expect(keys(popular)).toEqual([
        "novel",
        "kulit",
        "nakal",
        "resep",
        "lari",
      ])
      expect(popular.products.map((p: any) => p.units_sold)).toEqual([
        3, 1, 0, 0, 0,
      ])

      // A canceled order no longer counts.
      await orderModule.updateOrders(order.id, { status: "canceled" })
      await container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: "order.canceled", data: { id: order.id } })
      await eventually(
        () => search("?sort=popularity"),
        (d) => d.products.every((p: any) => p.units_sold === 0)
      )
    })

    it("counts facets over the filtered set, each without its own filter", async () => {
      const all = await search()
      expect(all.facets.categories).toEqual(
        expect.arrayContaining([
          { id: fx.categories.shoes, count: 3 },
          { id: fx.categories.books, count: 2 },
        ])
      )
      expect(all.facets.categories).toHaveLength(2)
      expect(all.facets.sellers).toEqual(
        [
          {
            id: fx.sellers.buku,
            handle: "toko-buku",
            name: "Toko Buku",
            count: 2,
          },
          {
            id: fx.sellers.sepatu,
            handle: "toko-sepatu",
            name: "Toko Sepatu",
            count: 2,
          },
          {
            id: fx.sellers.nakal,
            handle: "toko-nakal",
            name: "Toko Nakal",
            count: 1,
          },
        ].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
      )

      const books = await search(`?category_id=${fx.categories.books}`)
      // the category facet ignores the category filter…
      expect(books.facets.categories).toHaveLength(2)
      // …the seller facet does not
      expect(books.facets.sellers).toEqual([
        {
          id: fx.sellers.buku,
          handle: "toko-buku",
          name: "Toko Buku",
          count: 2,
        },
      ])

      const inStock = await search("?in_stock=true&q=sepatu")
      expect(inStock.facets.categories).toEqual([
        { id: fx.categories.shoes, count: 2 },
      ])
    })

    it("hides a suspended seller's products once the status change is announced, and shows them again on reactivation", async () => {
      const container = getContainer()
      const sellers = container.resolve("seller") as {
        updateSellers: (data: Record<string, unknown>) => Promise<unknown>
      }
      const bus = container.resolve(Modules.EVENT_BUS)

      await sellers.updateSellers({ id: fx.sellers.nakal, status: "suspended" })
      await bus.emit({
        name: "seller.status_changed",
        data: { id: fx.sellers.nakal },
      })
      await eventually(
        () => search(),
        (d) => d.count === 4
      )
      expect((await search("?q=nakal")).count).toBe(0)
      expect((await search("?seller=toko-nakal")).count).toBe(0)

      await sellers.updateSellers({ id: fx.sellers.nakal, status: "active" })
      await bus.emit({
        name: "seller.status_changed",
        data: { id: fx.sellers.nakal },
      })
      await eventually(
        () => search("?seller=toko-nakal"),
        (d) => d.count === 1
      )
    })

    it("follows product and stock changes through subscribers", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { updateProductsWorkflow, updateInventoryLevelsWorkflow } =
        await import("@medusajs/medusa/core-flows")

      await updateProductsWorkflow(container).run({
        input: {
          selector: { id: fx.products.draft },
          update: { status: "published" },
        },
      })
      await eventually(
        () => search("?q=rahasia"),
        (d) => d.count === 1
      )

      const { data: levels } = await query.graph({
        entity: "inventory_level",
        fields: ["id", "inventory_item_id", "location_id"],
        filters: {},
      })
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { product_id: fx.products.kulit },
      })
      const itemId = (variants[0] as any).inventory_items[0].inventory_item_id
      const level = levels.find((l: any) => l.inventory_item_id === itemId)!
      await updateInventoryLevelsWorkflow(container).run({
        input: {
          updates: [
            {
              id: level.id,
              inventory_item_id: itemId,
              location_id: level.location_id,
              stocked_quantity: 7,
            },
          ],
        },
      })
      await eventually(
        () => search("?in_stock=true&q=kulit"),
        (d) => d.count === 1
      )

      // Reserving every unit (what a checkout does, through the Inventory
      // module, which emits `inventory.inventory-level.updated`) takes it out.
      await container.resolve(Modules.INVENTORY).createReservationItems([
        {
          inventory_item_id: itemId,
          location_id: level.location_id,
          quantity: 7,
        },
      ])
      await eventually(
        () => search("?in_stock=true&q=kulit"),
        (d) => d.count === 0
      )
      const { rows } = await dbConnection.raw(
        `select in_stock from product_search_document where id = ?`,
        [fx.products.kulit]
      )
      expect(rows).toEqual([{ in_stock: false }])
    })

    it("answers 400 naming the field for bad parameters and needs a publishable key", async () => {
      const bad: [string, string][] = [
        ["?color=red", "color"],
        ["?limit=101", "limit"],
        ["?offset=-1", "offset"],
        ["?sort=cheapest", "sort"],
        ["?sort=relevance", "sort"],
        ["?min_price=1000", "region_id"],
        ["?max_price=abc&region_id=reg_x", "max_price"],
        ["?in_stock=yes", "in_stock"],
        [`?region_id=${"reg_missing"}&min_price=1`, "region_id"],
      ]
      for (const [qs, field] of bad) {
        const res = await call(api.get(`/store/products/search${qs}`, store))
        expect({ qs, status: res.status }).toEqual({ qs, status: 400 })
        expect(JSON.stringify(res.data)).toContain(field)
      }

      const noKey = await call(api.get("/store/products/search"))
      expect(noKey.status).toBe(400)
      expect(noKey.data.message).toMatch(/publishable/i)
    })
  },
})
