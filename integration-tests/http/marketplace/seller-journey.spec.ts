import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { createAdminToken, signUpSeller } from "../../helpers/actors"
import {
  createIndonesiaRegion,
  createStorefrontKeyHeaders,
} from "../../helpers/admin"
import {
  ensureDefaultShippingProfile,
  pngBytes,
  jpegBytes,
  listStoredFiles,
  productBody,
  removeStoredFilesExcept,
  uploadImages,
} from "../../helpers/products"

jest.setTimeout(240_000)

/** Polls the search endpoint until `check` holds (documents are refreshed by subscribers). */
async function searchUntil(
  api: any,
  path: string,
  headers: unknown,
  check: (data: any) => boolean
) {
  let data: any
  for (let i = 0; i < 40; i++) {
    data = (await api.get(path, headers)).data
    if (check(data)) return data
    await new Promise((r) => setTimeout(r, 250))
  }
  return data
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let filesBefore: string[] = []
    beforeEach(() => {
      filesBefore = listStoredFiles()
    })
    afterEach(() => removeStoredFilesExcept(filesBefore))

    describe("a seller's journey: sign-up to searchable product", () => {
      it("signs up, is approved, lists a 2x2 product with specs and images, stocks it, and shoppers find it", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const admin = await createAdminToken(container)
        const store = await createStorefrontKeyHeaders(container)
        const region = await createIndonesiaRegion(container)
        await ensureDefaultShippingProfile(container)
        const {
          result: [category],
        } = await createProductCategoriesWorkflow(container).run({
          input: {
            product_categories: [
              { name: "Fashion", handle: "fashion", is_active: true },
            ],
          },
        })

        // 1. Sign up (pending), operator approves.
        const { seller, headers } = await signUpSeller(api, {
          email: "sari@butiksari.id",
          name: "Butik Sari",
          city: "Yogyakarta",
        })
        expect(seller.status).toBe("pending")
        await api.post(`/admin/sellers/${seller.id}/approve`, {}, admin.headers)

        // 2. Profile update.
        const profile = await api.post(
          "/vendor/sellers/me",
          { description: "Batik dan kaos dari Jogja", phone: "081234567890" },
          headers
        )
        expect(profile.data.seller).toEqual(
          expect.objectContaining({ status: "active", phone: "081234567890" })
        )

        // 3. Two images, then a 2x2 product with specifications, published.
        const images = await uploadImages(api, headers, [
          { name: "depan.png", content: pngBytes(2048) },
          {
            name: "belakang.jpg",
            content: jpegBytes(2048),
            type: "image/jpeg",
          },
        ])
        expect(images).toHaveLength(2)
        const created = await api.post(
          "/vendor/products",
          productBody({
            title: "Kaos Lurik Jogja",
            sku_prefix: "LURIK",
            category_ids: [category.id],
            images: images.map((i) => ({ url: i.url })),
            status: "published",
          }),
          headers
        )
        expect(created.status).toBe(201)
        const product = created.data.product
        expect(product.variants).toHaveLength(4)
        expect(product.images).toHaveLength(2)
        expect(
          product.metadata.specifications.map((s: any) => s.label)
        ).toEqual(["Bahan", "Berat", "Asal"])

        // 4. Stock through the quick-inventory batch.
        const inventory = await api.get("/vendor/inventory?limit=50", headers)
        expect(inventory.data.count).toBe(4)
        const updates = inventory.data.inventory.map((row: any, i: number) => ({
          inventory_item_id: row.inventory_item_id,
          stocked_quantity: [25, 5, 0, 12][i],
        }))
        await api.post("/vendor/inventory/batch", { updates }, headers)
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["inventory_item_id", "stocked_quantity"],
          filters: {
            inventory_item_id: updates.map((u: any) => u.inventory_item_id),
          },
        })
        expect(
          levels
            .map((l: any) => l.stocked_quantity)
            .sort((a: number, b: number) => a - b)
        ).toEqual([0, 5, 12, 25])

        // A second product, cheaper, to check sorting and price filters.
        await api.post(
          "/vendor/products",
          productBody({
            title: "Kaos Polos Murah",
            sku_prefix: "MURAH",
            category_ids: [category.id],
            status: "published",
            variants: [
              {
                title: "Standar",
                sku: "MURAH-STD",
                options: { Warna: "Merah", Ukuran: "S" },
                prices: [{ currency_code: "idr", amount: 35000 }],
              },
            ],
          }),
          headers
        )

        // 5. Shoppers find it by keyword, category, seller and price range, sorted.
        const search = (qs: string) =>
          `/store/products/search?${qs}&region_id=${region.id}`
        const byKeyword = await searchUntil(
          api,
          search("q=lurik"),
          store,
          (d) => d.products?.some((p: any) => p.id === product.id)
        )
        expect(byKeyword.products.map((p: any) => p.id)).toEqual([product.id])
        expect(byKeyword.products[0].seller).toEqual(
          expect.objectContaining({ id: seller.id, handle: seller.handle })
        )

        const byCategory = await searchUntil(
          api,
          search(`category_id=${category.id}&sort=price_asc`),
          store,
          (d) => d.count === 2
        )
        expect(byCategory.products.map((p: any) => p.title)).toEqual([
          "Kaos Polos Murah",
          "Kaos Lurik Jogja",
        ])
        const desc = await api.get(
          search(`category_id=${category.id}&sort=price_desc`),
          store
        )
        expect(desc.data.products.map((p: any) => p.title)).toEqual([
          "Kaos Lurik Jogja",
          "Kaos Polos Murah",
        ])

        const bySeller = await api.get(search(`seller_id=${seller.id}`), store)
        expect(bySeller.data.count).toBe(2)

        const byPrice = await api.get(
          search("min_price=70000&max_price=90000"),
          store
        )
        expect(byPrice.data.products.map((p: any) => p.id)).toEqual([
          product.id,
        ])
        expect(byPrice.data.products[0].price).toEqual({
          amount: 75000,
          currency_code: "idr",
        })
      })
    })
  },
})
