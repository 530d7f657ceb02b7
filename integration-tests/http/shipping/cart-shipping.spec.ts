import { createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call } from "../../helpers/actors"
import {
  createIndonesiaRegion,
  createStorefrontKeyHeaders,
} from "../../helpers/admin"
import {
  activeSellerWithProduct,
  addShippingMethod,
  createCartWithItems,
  createSellerShippingOption,
} from "../../helpers/shipping"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    /**
     * Two active sellers with products (weights in grams) and options:
     * Kaos Rina: Reguler flat 15.000, Kargo 10.000 + 4.000/kg;
     * Sepatu Andi: Reguler flat 20.000, Express 12.000 + 8.000/kg.
     */
    const marketplace = async () => {
      const container = getContainer()
      const region = await createIndonesiaRegion(container)
      const store = await createStorefrontKeyHeaders(container)
      const rina = await activeSellerWithProduct(api, container, {
        email: "rina@kaos.id",
        name: "Kaos Rina",
        product: "Kaos Polos",
        variants: [{ title: "M", sku: "KAOS-M", idr: 75000, weight: 300 }],
      })
      const andi = await activeSellerWithProduct(api, container, {
        email: "andi@sepatu.id",
        name: "Sepatu Andi",
        product: "Sepatu Lari",
        variants: [
          { title: "42", sku: "SEPATU-42", idr: 500000, weight: 1200 },
          { title: "43", sku: "SEPATU-43", idr: 510000 },
        ],
      })
      const options = {
        rinaReguler: await createSellerShippingOption(api, rina.headers, {
          name: "Reguler",
          rate_type: "flat",
          amount: 15000,
        }),
        rinaKargo: await createSellerShippingOption(api, rina.headers, {
          name: "Kargo",
          rate_type: "weight",
          base_amount: 10000,
          per_kg_amount: 4000,
        }),
        andiReguler: await createSellerShippingOption(api, andi.headers, {
          name: "Reguler",
          rate_type: "flat",
          amount: 20000,
        }),
        andiExpress: await createSellerShippingOption(api, andi.headers, {
          name: "Express",
          rate_type: "weight",
          base_amount: 12000,
          per_kg_amount: 8000,
        }),
      }
      return { region, store, rina, andi, options }
    }

    const liveMethods = async (cartId: string) =>
      (
        await dbConnection.raw(
          `select shipping_option_id, amount from cart_shipping_method
           where cart_id = ? and deleted_at is null order by shipping_option_id`,
          [cartId]
        )
      ).rows.map((r: any) => [r.shipping_option_id, Number(r.amount)])

    /**
     * Amounts as the storefront gets them from Medusa's own routes: flat ones
     * in the list, calculated ones from `POST .../calculate`.
     */
    const amounts = async (
      store: { headers: Record<string, string> },
      cartId: string
    ) => {
      const res = await api.get(
        `/store/shipping-options?cart_id=${cartId}`,
        store
      )
      const out: Record<string, number> = {}
      for (const option of res.data.shipping_options) {
        if (option.price_type !== "calculated") {
          out[option.id] = option.amount
          continue
        }
        const calculated = await api.post(
          `/store/shipping-options/${option.id}/calculate`,
          { cart_id: cartId },
          store
        )
        out[option.id] = calculated.data.shipping_option.amount
      }
      return out
    }

    describe("one shipping method per seller", () => {
      it("keeps seller A's method when seller B's is added, and replaces only A's when A changes", async () => {
        const { region, store, rina, andi, options } = await marketplace()
        const cart = await createCartWithItems(api, store, region.id, [
          { variant_id: rina.variantIds["KAOS-M"], quantity: 2 },
          { variant_id: andi.variantIds["SEPATU-42"], quantity: 2 },
        ])

        await addShippingMethod(api, store, cart.id, options.rinaReguler.id)
        expect(await liveMethods(cart.id)).toEqual([
          [options.rinaReguler.id, 15000],
        ])

        const both = await addShippingMethod(
          api,
          store,
          cart.id,
          options.andiExpress.id
        )
        expect(both.shipping_methods).toHaveLength(2)
        expect(await liveMethods(cart.id)).toEqual(
          [
            [options.rinaReguler.id, 15000],
            // 2 × 1200 g = 2.4 kg → 3 kg
            [options.andiExpress.id, 12000 + 8000 * 3],
          ].sort()
        )

        // A switches to Kargo: A's Reguler goes, B's Express stays.
        await addShippingMethod(api, store, cart.id, options.rinaKargo.id)
        expect(await liveMethods(cart.id)).toEqual(
          [
            // 2 × 300 g = 0.6 kg → at least 1 kg
            [options.rinaKargo.id, 10000 + 4000 * 1],
            [options.andiExpress.id, 36000],
          ].sort()
        )
      })
    })

    describe("weight-based rates", () => {
      it("price exactly base + per_kg × ceil(kg) of the option's own seller's items, and follow quantity changes", async () => {
        const { region, store, rina, andi, options } = await marketplace()
        // Rina: 4 × 300 g = 1.2 kg → 2 kg. Andi: 1 × 1200 g + 3 × no weight → 2 kg.
        const cart = await createCartWithItems(api, store, region.id, [
          { variant_id: rina.variantIds["KAOS-M"], quantity: 4 },
          { variant_id: andi.variantIds["SEPATU-42"], quantity: 1 },
          { variant_id: andi.variantIds["SEPATU-43"], quantity: 3 },
        ])
        const priced = await amounts(store, cart.id)
        expect(priced[options.rinaKargo.id]).toBe(10000 + 4000 * 2)
        expect(priced[options.andiExpress.id]).toBe(12000 + 8000 * 2)
        expect(priced[options.rinaReguler.id]).toBe(15000)
        expect(priced[options.andiReguler.id]).toBe(20000)

        await addShippingMethod(api, store, cart.id, options.rinaKargo.id)
        await addShippingMethod(api, store, cart.id, options.andiExpress.id)

        // 11 × 300 g = 3.3 kg → 4 kg: the method is re-priced on refresh.
        const rinaItem = (
          await api.get(`/store/carts/${cart.id}`, store)
        ).data.cart.items.find(
          (i: any) => i.variant_id === rina.variantIds["KAOS-M"]
        )
        await api.post(
          `/store/carts/${cart.id}/line-items/${rinaItem.id}`,
          { quantity: 11 },
          store
        )
        expect(await liveMethods(cart.id)).toEqual(
          [
            [options.rinaKargo.id, 10000 + 4000 * 4],
            [options.andiExpress.id, 12000 + 8000 * 2],
          ].sort()
        )
      })
    })

    describe("GET /store/carts/:id/seller-groups", () => {
      it("splits the cart per seller with items, method, options and totals (tax included) that add up to the cart total", async () => {
        const { region, store, rina, andi, options } = await marketplace()
        await createTaxRegionsWorkflow(getContainer()).run({
          input: [
            {
              country_code: "id",
              provider_id: "tp_system",
              default_tax_rate: { rate: 11, code: "ppn", name: "PPN" },
            },
          ],
        })
        const cart = await createCartWithItems(api, store, region.id, [
          { variant_id: andi.variantIds["SEPATU-42"], quantity: 2 },
          { variant_id: rina.variantIds["KAOS-M"], quantity: 2 },
        ])

        // Before any method: no method, no shipping, both sellers' options priced.
        const empty = await api.get(
          `/store/carts/${cart.id}/seller-groups`,
          store
        )
        expect(empty.status).toBe(200)
        const groups0 = empty.data.seller_groups
        expect(groups0.map((g: any) => g.seller.name)).toEqual([
          "Sepatu Andi",
          "Kaos Rina",
        ])
        expect(groups0.map((g: any) => g.shipping_method)).toEqual([null, null])
        expect(groups0.map((g: any) => g.shipping_total)).toEqual([0, 0])
        const optionAmounts = (g: any) =>
          Object.fromEntries(
            g.shipping_options.map((o: any) => [o.name, o.amount])
          )
        expect(optionAmounts(groups0[0])).toEqual({
          Reguler: 20000,
          Express: 12000 + 8000 * 3,
        })
        expect(optionAmounts(groups0[1])).toEqual({
          Reguler: 15000,
          Kargo: 10000 + 4000 * 1,
        })

        await addShippingMethod(api, store, cart.id, options.rinaReguler.id)
        await addShippingMethod(api, store, cart.id, options.andiExpress.id)

        const res = await api.get(
          `/store/carts/${cart.id}/seller-groups`,
          store
        )
        const [andiGroup, rinaGroup] = res.data.seller_groups
        expect(andiGroup.seller).toEqual({
          id: andi.seller.id,
          name: "Sepatu Andi",
          handle: andi.seller.handle,
        })
        expect(andiGroup.items.map((i: any) => i.variant_id)).toEqual([
          andi.variantIds["SEPATU-42"],
        ])
        expect(rinaGroup.items.map((i: any) => i.variant_id)).toEqual([
          rina.variantIds["KAOS-M"],
        ])
        expect(andiGroup.item_subtotal).toBe(1000000)
        expect(rinaGroup.item_subtotal).toBe(150000)
        expect(andiGroup.shipping_method.shipping_option_id).toBe(
          options.andiExpress.id
        )
        expect(rinaGroup.shipping_method.shipping_option_id).toBe(
          options.rinaReguler.id
        )
        expect(andiGroup.shipping_method.amount).toBe(36000)
        // PPN 11 % on items and shipping, per line as Medusa computes it.
        expect(andiGroup.shipping_total).toBe(39960) // 36.000 + 11 %
        expect(rinaGroup.shipping_total).toBe(16650) // 15.000 + 11 %
        expect(andiGroup.total).toBe(1149960) // (1.000.000 + 36.000) + 11 %
        expect(rinaGroup.total).toBe(183150) // (150.000 + 15.000) + 11 %

        const full = await api.get(
          `/store/carts/${cart.id}?fields=total,tax_total`,
          store
        )
        expect(full.data.cart.tax_total).toBeGreaterThan(0)
        expect(andiGroup.total + rinaGroup.total).toBe(full.data.cart.total)
      })

      it("answers 404 for an unknown cart and requires a publishable key", async () => {
        const { region, store, rina } = await marketplace()
        const unknown = await call(
          api.get(`/store/carts/cart_does_not_exist/seller-groups`, store)
        )
        expect(unknown.status).toBe(404)

        const cart = await createCartWithItems(api, store, region.id, [
          { variant_id: rina.variantIds["KAOS-M"], quantity: 1 },
        ])
        const keyless = await call(
          api.get(`/store/carts/${cart.id}/seller-groups`)
        )
        expect(keyless.status).toBe(400)
        expect(keyless.data.message).toMatch(/publishable/i)

        const extra = await call(
          api.get(`/store/carts/${cart.id}/seller-groups?foo=1`, store)
        )
        expect(extra.status).toBe(400)
      })
    })
  },
})
