import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpSeller } from "../../helpers/actors"
import {
  jpegBytes,
  pngBytes,
  listStoredFiles,
  productBody,
  removeStoredFilesExcept,
  uploadImages,
} from "../../helpers/products"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const count = async (table: string, where = "true") =>
      Number(
        (
          await dbConnection.raw(
            `select count(*) as c from "${table}" where deleted_at is null and ${where}`
          )
        ).rows[0].c
      )

    const linkTable = async () =>
      (
        await dbConnection.raw(
          `select table_name from information_schema.tables
           where table_name like 'seller\\_%product\\_product' limit 1`
        )
      ).rows[0].table_name as string

    const graphProduct = async (id: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "status",
          "metadata",
          "seller.id",
          "seller.shipping_profile.id",
          "sales_channels.id",
          "shipping_profile.id",
          "images.url",
          "variants.id",
          "variants.sku",
          "variants.prices.amount",
          "variants.prices.currency_code",
          "variants.inventory_items.inventory.location_levels.location_id",
          "variants.inventory_items.inventory.location_levels.stocked_quantity",
        ],
        filters: { id },
      })
      return data[0] as any
    }

    const sellerLocation = async (sellerId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "seller",
        fields: ["stock_locations.id"],
        filters: { id: sellerId },
      })
      return (data[0] as any).stock_locations[0].id as string
    }

    const setSellerStatus = async (id: string, status: string) => {
      const service = getContainer().resolve("seller") as {
        updateSellers: (d: Record<string, unknown>) => Promise<unknown>
      }
      await service.updateSellers({ id, status })
    }

    let filesBefore: string[] = []
    beforeAll(() => {
      filesBefore = listStoredFiles()
    })
    // Remove the images the local File provider wrote for these tests.
    afterAll(() => removeStoredFilesExcept(filesBefore))

    // The store's default shipping profile (Medusa's migration scripts make
    // one on a real database; the test database starts without it).
    let shippingProfileId: string
    beforeEach(async () => {
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      const [existing] = await fulfillment.listShippingProfiles({
        type: "default",
      })
      shippingProfileId = (
        existing ??
        (await fulfillment.createShippingProfiles({
          name: "Default Shipping Profile",
          type: "default",
        }))
      ).id
    })

    describe("POST /vendor/products", () => {
      it("creates a 2×2 product with specifications and two uploaded images, linked to the seller with stock levels at its location", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const images = await uploadImages(api, rina.headers, [
          { name: "depan.png", content: pngBytes() },
          { name: "belakang.jpg", content: jpegBytes(), type: "image/jpeg" },
        ])
        expect(images).toHaveLength(2)

        const res = await api.post(
          "/vendor/products",
          productBody({
            images: images.map((i) => ({ url: i.url })),
            subtitle: "Nyaman dipakai",
          }),
          rina.headers
        )
        expect(res.status).toBe(201)
        const product = res.data.product
        expect(product).toEqual(
          expect.objectContaining({
            title: "Kaos Polos Katun",
            status: "draft",
            thumbnail: images[0].url,
          })
        )
        expect(product.variants).toHaveLength(4)
        expect(product.options.map((o: any) => o.title).sort()).toEqual([
          "Ukuran",
          "Warna",
        ])
        expect(product.specifications.map((s: any) => s.label)).toEqual([
          "Bahan",
          "Berat",
          "Asal",
        ])
        const merahS = product.variants.find(
          (v: any) => v.sku === "KAOS-MERAH-S"
        )
        expect(merahS.prices).toEqual([
          expect.objectContaining({ currency_code: "idr", amount: 75000 }),
        ])

        const stored = await graphProduct(product.id)
        expect(stored.seller.id).toBe(rina.seller.id)
        expect(stored.metadata.specifications).toEqual([
          { label: "Bahan", value: "Katun combed 30s" },
          { label: "Berat", value: "180 gram" },
          { label: "Asal", value: "Bandung" },
        ])
        expect(stored.images.map((i: any) => i.url).sort()).toEqual(
          images.map((i) => i.url).sort()
        )
        // A pending seller's products are not in the storefront's channel.
        expect(stored.sales_channels).toEqual([])
        // The seller's own shipping profile, not the store default.
        expect(stored.shipping_profile?.id).toBe(
          stored.seller.shipping_profile.id
        )
        expect(stored.shipping_profile?.id).not.toBe(shippingProfileId)
        const location = await sellerLocation(rina.seller.id)
        for (const variant of stored.variants) {
          const levels = variant.inventory_items.flatMap(
            (i: any) => i.inventory.location_levels
          )
          expect(levels).toEqual([
            expect.objectContaining({
              location_id: location,
              stocked_quantity: 0,
            }),
          ])
        }
        expect(await count("product_variant")).toBe(4)
      })

      it("puts an active seller's product in the store's default sales channel", async () => {
        const toko = await signUpSeller(api, {
          email: "aktif@toko.id",
          name: "Toko Aktif",
        })
        await setSellerStatus(toko.seller.id, "active")
        const res = await api.post(
          "/vendor/products",
          productBody({ status: "published" }),
          toko.headers
        )
        expect(res.status).toBe(201)
        const store = await getContainer().resolve(Modules.STORE).listStores({})
        const stored = await graphProduct(res.data.product.id)
        expect(stored.status).toBe("published")
        expect(stored.sales_channels.map((s: any) => s.id)).toEqual([
          store[0].default_sales_channel_id,
        ])
      })

      it("rejects owner, channel, status and unknown fields with a 400 and stores nothing", async () => {
        const toko = await signUpSeller(api, {
          email: "ketat@toko.id",
          name: "Toko Ketat",
        })
        const other = await signUpSeller(api, {
          email: "lain@toko.id",
          name: "Toko Lain",
        })
        const bad: [Record<string, unknown>, RegExp][] = [
          [{ seller_id: other.seller.id }, /seller_id/],
          [{ status: "proposed" }, /status/],
          [{ sales_channels: [{ id: "sc_x" }] }, /sales_channels/],
          [{ shipping_profile_id: "sp_x" }, /shipping_profile_id/],
          [{ metadata: { hacked: true } }, /metadata/],
          [{ commission_rate: 0 }, /commission_rate/],
          [{ colour: "red" }, /colour/],
        ]
        for (const [extra, field] of bad) {
          const res = await call(
            api.post("/vendor/products", productBody(extra), toko.headers)
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(field)
        }

        // Semantic checks: variant values must exist, IDR price required.
        const body = productBody()
        ;(body.variants[0].options as Record<string, string>).Warna = "Hijau"
        const wrongValue = await call(
          api.post("/vendor/products", body, toko.headers)
        )
        expect(wrongValue.status).toBe(400)
        expect(wrongValue.data.message).toMatch(/Hijau/)

        const usdOnly = productBody()
        usdOnly.variants[0].prices = [{ currency_code: "usd", amount: 5 }]
        const noIdr = await call(
          api.post("/vendor/products", usdOnly, toko.headers)
        )
        expect(noIdr.status).toBe(400)
        expect(noIdr.data.message).toMatch(/IDR/)

        const tooMany = productBody({
          specifications: Array.from({ length: 51 }, (_, i) => ({
            label: `L${i}`,
            value: "v",
          })),
        })
        const specs = await call(
          api.post("/vendor/products", tooMany, toko.headers)
        )
        expect(specs.status).toBe(400)
        expect(specs.data.message).toMatch(/specifications/)

        const unknownCategory = await call(
          api.post(
            "/vendor/products",
            productBody({ category_ids: ["pcat_nope"] }),
            toko.headers
          )
        )
        expect(unknownCategory.status).toBe(400)
        expect(unknownCategory.data.message).toMatch(/category_ids/)

        expect(await count("product")).toBe(0)
        expect(await count("inventory_item")).toBe(0)
      })

      it("rolls everything back when a step after product creation fails", async () => {
        const toko = await signUpSeller(api, {
          email: "gagal@toko.id",
          name: "Toko Gagal",
        })
        // Make the last write (stock levels) fail inside Postgres.
        await dbConnection.raw(`
          create or replace function belanjain_test_fail() returns trigger as $$
          begin raise exception 'forced failure for the rollback test'; end;
          $$ language plpgsql;
          create trigger belanjain_test_fail before insert on inventory_level
          for each row execute function belanjain_test_fail();
        `)
        try {
          const res = await call(
            api.post("/vendor/products", productBody(), toko.headers)
          )
          expect(res.status).toBeGreaterThanOrEqual(400)
        } finally {
          await dbConnection.raw(`
            drop trigger belanjain_test_fail on inventory_level;
            drop function belanjain_test_fail();
          `)
        }
        expect(await count("product")).toBe(0)
        expect(await count("product_variant")).toBe(0)
        expect(await count("inventory_item")).toBe(0)
        expect(await count(await linkTable())).toBe(0)

        // The same request succeeds once the failure is gone.
        const ok = await api.post(
          "/vendor/products",
          productBody(),
          toko.headers
        )
        expect(ok.status).toBe(201)
        expect(await count(await linkTable())).toBe(1)
      })
    })

    describe("managing a seller's products", () => {
      it("lists, reads, updates, publishes, unpublishes and deletes", async () => {
        const toko = await signUpSeller(api, {
          email: "kelola@toko.id",
          name: "Toko Kelola",
        })
        const kaos = (
          await api.post("/vendor/products", productBody(), toko.headers)
        ).data.product
        const sepatu = (
          await api.post(
            "/vendor/products",
            productBody({ title: "Sepatu Lari", sku_prefix: "SPT" }),
            toko.headers
          )
        ).data.product

        const list = await api.get("/vendor/products", toko.headers)
        expect(list.data).toEqual(
          expect.objectContaining({ count: 2, offset: 0, limit: 20 })
        )
        expect(list.data.products.map((p: any) => p.id).sort()).toEqual(
          [kaos.id, sepatu.id].sort()
        )
        const page = await api.get(
          "/vendor/products?limit=1&offset=1",
          toko.headers
        )
        expect(page.data).toEqual(
          expect.objectContaining({ count: 2, offset: 1, limit: 1 })
        )
        expect(page.data.products).toHaveLength(1)
        const search = await api.get("/vendor/products?q=sepatu", toko.headers)
        expect(search.data.products.map((p: any) => p.id)).toEqual([sepatu.id])
        const badQuery = await call(
          api.get("/vendor/products?seller_id=x", toko.headers)
        )
        expect(badQuery.status).toBe(400)

        const one = await api.get(`/vendor/products/${kaos.id}`, toko.headers)
        expect(one.data.product.id).toBe(kaos.id)

        // publish / unpublish
        const published = await api.post(
          `/vendor/products/${kaos.id}/publish`,
          {},
          toko.headers
        )
        expect(published.data.product.status).toBe("published")
        expect((await graphProduct(kaos.id)).status).toBe("published")
        const onlyPublished = await api.get(
          "/vendor/products?status=published",
          toko.headers
        )
        expect(onlyPublished.data.products.map((p: any) => p.id)).toEqual([
          kaos.id,
        ])
        const both = await api.get(
          "/vendor/products?status=draft,published",
          toko.headers
        )
        expect(both.data.count).toBe(2)
        const badStatus = await call(
          api.get("/vendor/products?status=proposed", toko.headers)
        )
        expect(badStatus.status).toBe(400)
        const unpublished = await api.post(
          `/vendor/products/${kaos.id}/unpublish`,
          {},
          toko.headers
        )
        expect(unpublished.data.product.status).toBe("draft")
        expect((await graphProduct(kaos.id)).status).toBe("draft")

        // update fields, specifications (new order) and a variant's sku + prices
        const merahS = kaos.variants.find((v: any) => v.sku === "KAOS-MERAH-S")
        const updated = await api.post(
          `/vendor/products/${kaos.id}`,
          {
            title: "Kaos Polos Premium",
            specifications: [
              { label: "Asal", value: "Bandung" },
              { label: "Bahan", value: "Katun combed 24s" },
            ],
            variants: [
              {
                id: merahS.id,
                sku: "KAOS-MERAH-S-V2",
                prices: [
                  { currency_code: "idr", amount: 79000 },
                  { currency_code: "usd", amount: 5 },
                ],
              },
            ],
          },
          toko.headers
        )
        expect(updated.status).toBe(200)
        const stored = await graphProduct(kaos.id)
        expect(stored.title).toBe("Kaos Polos Premium")
        expect(stored.metadata.specifications).toEqual([
          { label: "Asal", value: "Bandung" },
          { label: "Bahan", value: "Katun combed 24s" },
        ])
        expect(stored.variants).toHaveLength(4)
        const v = stored.variants.find((x: any) => x.id === merahS.id)
        expect(v.sku).toBe("KAOS-MERAH-S-V2")
        expect(
          v.prices.map((p: any) => `${p.currency_code}:${p.amount}`).sort()
        ).toEqual(["idr:79000", "usd:5"])
        expect(stored.seller.id).toBe(toko.seller.id)

        // A variant of another product is refused, nothing changes.
        const foreignVariant = await call(
          api.post(
            `/vendor/products/${kaos.id}`,
            { title: "X", variants: [{ id: sepatu.variants[0].id, sku: "X" }] },
            toko.headers
          )
        )
        expect(foreignVariant.status).toBe(404)
        expect(foreignVariant.data.message).toMatch(/variants\[0\]\.id/)
        expect((await graphProduct(kaos.id)).title).toBe("Kaos Polos Premium")

        // A handle in use is refused, naming the field.
        const takenHandle = await call(
          api.post(
            `/vendor/products/${sepatu.id}`,
            { handle: kaos.handle },
            toko.headers
          )
        )
        expect(takenHandle.status).toBe(400)
        expect(takenHandle.data.message).toMatch(/^handle: /)

        // Strict update bodies.
        for (const extra of [
          { seller_id: "sel_x" },
          { status: "proposed" },
          { sales_channels: [] },
          { options: [] },
        ]) {
          const res = await call(
            api.post(`/vendor/products/${kaos.id}`, extra, toko.headers)
          )
          expect(res.status).toBe(400)
        }
        expect((await graphProduct(kaos.id)).status).toBe("draft")

        // delete (soft)
        const deleted = await api.delete(
          `/vendor/products/${sepatu.id}`,
          toko.headers
        )
        expect(deleted.data).toEqual({
          id: sepatu.id,
          object: "product",
          deleted: true,
        })
        const row = (
          await dbConnection.raw(
            `select deleted_at from product where id = ?`,
            [sepatu.id]
          )
        ).rows[0]
        expect(row.deleted_at).not.toBeNull()
        const after = await api.get("/vendor/products", toko.headers)
        expect(after.data.count).toBe(1)
        const gone = await call(
          api.get(`/vendor/products/${sepatu.id}`, toko.headers)
        )
        expect(gone.status).toBe(404)
      })

      it("isolates sellers: another seller's ids answer 404 and never appear in lists", async () => {
        const a = await signUpSeller(api, {
          email: "a@toko.id",
          name: "Toko A",
        })
        const b = await signUpSeller(api, {
          email: "b@toko.id",
          name: "Toko B",
        })
        const product = (
          await api.post("/vendor/products", productBody(), a.headers)
        ).data.product

        const attempts = [
          () => api.get(`/vendor/products/${product.id}`, b.headers),
          () =>
            api.post(
              `/vendor/products/${product.id}`,
              { title: "Punya B" },
              b.headers
            ),
          () => api.delete(`/vendor/products/${product.id}`, b.headers),
          () =>
            api.post(`/vendor/products/${product.id}/publish`, {}, b.headers),
          () =>
            api.post(`/vendor/products/${product.id}/unpublish`, {}, b.headers),
        ]
        for (const attempt of attempts) {
          const res = await call(attempt())
          expect(res.status).toBe(404)
        }
        // A's variant ids inside B's own product update: 404, A's row unchanged.
        const own = (
          await api.post(
            "/vendor/products",
            productBody({ sku_prefix: "B" }),
            b.headers
          )
        ).data.product
        const viaBody = await call(
          api.post(
            `/vendor/products/${own.id}`,
            {
              variants: [
                {
                  id: product.variants[0].id,
                  prices: [{ currency_code: "idr", amount: 1 }],
                },
              ],
            },
            b.headers
          )
        )
        expect(viaBody.status).toBe(404)
        // SKUs are unique store-wide: A's SKU is refused, naming the variant.
        const sameSku = await call(
          api.post("/vendor/products", productBody(), b.headers)
        )
        expect(sameSku.status).toBe(400)
        expect(sameSku.data.message).toBe(
          'variants[0].sku: "KAOS-MERAH-S" is already used by another variant'
        )
        // Same title as A's product: the store-wide handle gets a suffix.
        expect(product.handle).toBe("kaos-polos-katun")
        expect(own.handle).toMatch(/^kaos-polos-katun-[a-z0-9]+$/)

        const listB = await api.get("/vendor/products", b.headers)
        expect(listB.data.count).toBe(1)
        expect(listB.data.products.map((p: any) => p.id)).toEqual([own.id])
        const searchB = await api.get(
          "/vendor/products?q=kaos&status=draft",
          b.headers
        )
        expect(searchB.data.products.map((p: any) => p.id)).toEqual([own.id])

        const stored = await graphProduct(product.id)
        expect(stored).toEqual(
          expect.objectContaining({
            title: "Kaos Polos Katun",
            status: "draft",
          })
        )
        expect(stored.seller.id).toBe(a.seller.id)
        const firstVariant = stored.variants.find(
          (v: any) => v.id === product.variants[0].id
        )
        expect(firstVariant.prices.map((p: any) => p.amount)).not.toContain(1)
      })
    })
  },
})
