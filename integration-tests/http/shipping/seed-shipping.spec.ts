import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import seedDemoData from "../../../src/scripts/seed"
import { eventsSettled } from "../../helpers/events"
import { bearer } from "../../helpers/actors"
import {
  addShippingMethod,
  createCartWithItems,
  sellerShippingSetup,
} from "../../helpers/shipping"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    // Seeded once, before the runner's snapshot: every test starts from the
    // seeded database (the runner restores it before each test).
    beforeAll(async () => {
      await seedDemoData({ container: getContainer(), args: [] })
      await eventsSettled(getContainer())
    })

    describe("demo seed: seller shipping", () => {
      it("gives every seller its own shipping, active sellers Reguler (flat) and Express (weight), and products their seller's profile", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)

        const { data: sellers } = await query.graph({
          entity: "seller",
          fields: ["id", "handle", "status", "products.id"],
        })
        const profiles = new Set<string>()
        for (const seller of sellers as any[]) {
          const setup = await sellerShippingSetup(container, seller.id)
          expect(setup.shipping_profile?.type).toBe("seller")
          expect(setup.service_zones).toHaveLength(1)
          expect(setup.provider_ids).toEqual([
            "belanjain-rates_weight",
            "manual_manual",
          ])
          profiles.add(setup.shipping_profile!.id)

          const { data: options } = await query.graph({
            entity: "shipping_option",
            fields: ["name", "price_type", "provider_id", "data"],
            filters: { shipping_profile_id: setup.shipping_profile!.id },
          })
          const byName = Object.fromEntries(
            (options as any[]).map((o) => [o.name, o])
          )
          if (seller.status === "active") {
            expect(Object.keys(byName).sort()).toEqual(["Express", "Reguler"])
            expect(byName.Reguler).toEqual(
              expect.objectContaining({
                price_type: "flat",
                provider_id: "manual_manual",
              })
            )
            expect(byName.Express).toEqual(
              expect.objectContaining({
                price_type: "calculated",
                provider_id: "belanjain-rates_weight",
                data: expect.objectContaining({
                  rate_type: "weight",
                  base_amount: 12000,
                  per_kg_amount: 8000,
                }),
              })
            )
          } else {
            expect(options).toEqual([])
          }

          // Every product of the seller uses the seller's profile, except
          // hotspot vouchers: digital, nothing to ship, no profile.
          const productIds = seller.products.map((p: any) => p.id)
          const { data: products } = await query.graph({
            entity: "product",
            fields: ["id", "handle", "shipping_profile.id"],
            filters: { id: productIds },
          })
          const [vouchers, shipped] = [
            (products as any[]).filter((p) =>
              p.handle.startsWith("voucher-wifi-")
            ),
            (products as any[]).filter(
              (p) => !p.handle.startsWith("voucher-wifi-")
            ),
          ]
          expect(shipped.map((p) => p.shipping_profile?.id)).toEqual(
            shipped.map(() => setup.shipping_profile!.id)
          )
          expect(vouchers.map((p) => p.shipping_profile?.id ?? null)).toEqual(
            vouchers.map(() => null)
          )
        }
        expect(profiles.size).toBe(sellers.length)

        // A seeded seller sees its options through the vendor API.
        const login = await api.post("/auth/seller/emailpass", {
          email: "fashion@belanjain.test",
          password: "belanjain123",
        })
        const listed = await api.get(
          "/vendor/shipping-options?order=name",
          bearer(login.data.token)
        )
        expect(
          listed.data.shipping_options.map((o: any) => [
            o.name,
            o.rate_type,
            o.amount,
            o.base_amount,
            o.per_kg_amount,
          ])
        ).toEqual([
          ["Express", "weight", null, 12000, 8000],
          ["Reguler", "flat", 15000, null, null],
        ])

        // Running the seed again changes nothing.
        const count = async () =>
          (
            await dbConnection.raw(
              `select (select count(*) from shipping_option where deleted_at is null)::int as options,
                      (select count(*) from shipping_profile where deleted_at is null)::int as profiles,
                      (select count(*) from service_zone where deleted_at is null)::int as zones`
            )
          ).rows[0]
        const before = await count()
        await seedDemoData({ container, args: [] })
        expect(await count()).toEqual(before)
      })

      it("lets a shopper ship seeded products of two sellers with one method each", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: keys } = await query.graph({
          entity: "api_key",
          fields: ["token"],
          filters: { title: "Belanjain Storefront", type: "publishable" },
        })
        const store = { headers: { "x-publishable-api-key": keys[0].token } }
        const { data: regions } = await query.graph({
          entity: "region",
          fields: ["id"],
          filters: { name: "Indonesia" },
        })
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["id", "sku"],
          filters: { sku: ["BATIK-PRIA-M", "SEPATU-LARI-40"] },
        })
        const bySku = Object.fromEntries(
          (variants as any[]).map((v) => [v.sku, v.id])
        )
        const cart = await createCartWithItems(api, store, regions[0].id, [
          { variant_id: bySku["BATIK-PRIA-M"], quantity: 1 },
          { variant_id: bySku["SEPATU-LARI-40"], quantity: 2 },
        ])

        const groups = (
          await api.get(`/store/carts/${cart.id}/seller-groups`, store)
        ).data.seller_groups
        expect(groups.map((g: any) => g.seller.handle)).toEqual([
          "butik-nusantara",
          "gerai-sneakers",
        ])
        // Batik 300 g → 1 kg; sneakers 2 × 700 g = 1.4 kg → 2 kg.
        const express = groups.map((g: any) =>
          g.shipping_options.find((o: any) => o.name === "Express")
        )
        expect(express.map((o: any) => o.amount)).toEqual([
          12000 + 8000 * 1,
          12000 + 8000 * 2,
        ])

        await addShippingMethod(api, store, cart.id, express[0].id)
        const after = await addShippingMethod(
          api,
          store,
          cart.id,
          express[1].id
        )
        expect(after.shipping_methods.map((m: any) => m.amount).sort()).toEqual(
          [20000, 28000]
        )
      })
    })
  },
})
