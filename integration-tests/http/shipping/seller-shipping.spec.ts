import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createServiceZonesWorkflow,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { ensureSellerShippingWorkflow } from "@belanjain/marketplace/workflows"
import { signUpSeller } from "../../helpers/actors"
import {
  ensureDefaultShippingProfile,
  productBody,
} from "../../helpers/products"
import { sellerShippingSetup } from "../../helpers/shipping"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const count = async (table: string) =>
      Number(
        (
          await dbConnection.raw(
            `select count(*) as c from "${table}" where deleted_at is null`
          )
        ).rows[0].c
      )

    /** A seller made with the module only, as before seller shipping existed. */
    const legacySeller = async (handle: string, withLocation = true) => {
      const container = getContainer()
      const sellers = container.resolve("seller") as {
        createSellers: (d: Record<string, unknown>) => Promise<{ id: string }>
      }
      const seller = await sellers.createSellers({
        name: "Toko Lama",
        handle,
        email: `${handle}@toko.id`,
        status: "active",
      })
      if (withLocation) {
        const { result } = await createStockLocationsWorkflow(container).run({
          input: { locations: [{ name: `Gudang ${handle}` }] },
        })
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          seller: { seller_id: seller.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: result[0].id },
        })
      }
      return seller
    }

    describe("seller sign-up", () => {
      it("gives the new seller its own shipping profile, a shipping fulfillment set at its location with one Indonesia zone, and both providers", async () => {
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
          handle: "kaos-rina",
        })
        const setup = await sellerShippingSetup(getContainer(), rina.seller.id)

        expect(setup.shipping_profile).toEqual(
          expect.objectContaining({
            name: "Kaos Rina (kaos-rina)",
            type: "seller",
          })
        )
        expect(setup.fulfillment_sets).toHaveLength(1)
        expect(setup.fulfillment_sets[0].type).toBe("shipping")
        expect(setup.service_zones).toHaveLength(1)
        expect(setup.service_zones[0].geo_zones).toEqual([
          expect.objectContaining({ type: "country", country_code: "id" }),
        ])
        expect(setup.provider_ids).toEqual([
          "belanjain-rates_weight",
          "manual_manual",
        ])

        const { rows } = await dbConnection.raw(
          `select name, type from fulfillment_set where id = ?`,
          [setup.fulfillment_set_id]
        )
        expect(rows[0]).toEqual({
          name: "Kaos Rina (kaos-rina) - Pengiriman",
          type: "shipping",
        })

        // A second seller gets a different profile, set and zone.
        const andi = await signUpSeller(api, {
          email: "andi@sepatu.id",
          name: "Sepatu Andi",
        })
        const other = await sellerShippingSetup(getContainer(), andi.seller.id)
        expect(other.shipping_profile!.id).not.toBe(setup.shipping_profile!.id)
        expect(other.fulfillment_set_id).not.toBe(setup.fulfillment_set_id)
        expect(other.service_zones[0].id).not.toBe(setup.service_zones[0].id)
      })
    })

    describe("marketplace-ensure-seller-shipping", () => {
      it("backfills a seller made before seller shipping, and a second run changes nothing", async () => {
        const container = getContainer()
        const seller = await legacySeller("toko-lama")
        expect(
          (await sellerShippingSetup(container, seller.id)).shipping_profile
        ).toBeNull()

        const { result } = await ensureSellerShippingWorkflow(container).run({
          input: { seller_id: seller.id },
        })
        const setup = await sellerShippingSetup(container, seller.id)
        expect(result).toEqual({
          seller_id: seller.id,
          shipping_profile_id: setup.shipping_profile!.id,
          stock_location_id: setup.stock_location_id,
          fulfillment_set_id: setup.fulfillment_set_id,
          service_zone_id: setup.service_zones[0].id,
        })
        expect(setup.provider_ids).toEqual([
          "belanjain-rates_weight",
          "manual_manual",
        ])

        const before = {
          profiles: await count("shipping_profile"),
          sets: await count("fulfillment_set"),
          zones: await count("service_zone"),
          geo: await count("geo_zone"),
        }
        const again = await ensureSellerShippingWorkflow(container).run({
          input: { seller_id: seller.id },
        })
        expect(again.result).toEqual(result)
        expect({
          profiles: await count("shipping_profile"),
          sets: await count("fulfillment_set"),
          zones: await count("service_zone"),
          geo: await count("geo_zone"),
        }).toEqual(before)
      })

      it("gives a seller without a stock location its profile only", async () => {
        const container = getContainer()
        const seller = await legacySeller("tanpa-gudang", false)
        const { result } = await ensureSellerShippingWorkflow(container).run({
          input: { seller_id: seller.id },
        })
        expect(result.shipping_profile_id).toMatch(/^sp_/)
        expect(result).toEqual(
          expect.objectContaining({
            stock_location_id: null,
            fulfillment_set_id: null,
            service_zone_id: null,
          })
        )
      })

      it("undoes everything it created when a later step fails", async () => {
        const container = getContainer()
        const seller = await legacySeller("toko-gagal")
        // Service zone names are unique: take the one the workflow will use.
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const blocker = await fulfillment.createFulfillmentSets({
          name: "Penghalang",
          type: "shipping",
        })
        await createServiceZonesWorkflow(container).run({
          input: {
            data: [
              {
                name: "Toko Lama (toko-gagal) - Indonesia",
                fulfillment_set_id: blocker.id,
                geo_zones: [],
              },
            ],
          },
        })
        const before = {
          profiles: await count("shipping_profile"),
          sets: await count("fulfillment_set"),
          zones: await count("service_zone"),
        }

        const { errors } = await ensureSellerShippingWorkflow(container).run({
          input: { seller_id: seller.id },
          throwOnError: false,
        })
        expect(errors.length).toBeGreaterThan(0)
        expect(errors[0].error.message).toMatch(/already exists/)

        const setup = await sellerShippingSetup(container, seller.id)
        expect(setup.shipping_profile).toBeNull()
        expect(setup.fulfillment_sets).toEqual([])
        const { rows: links } = await dbConnection.raw(
          `select * from seller_seller_fulfillment_shipping_profile
           where seller_id = ? and deleted_at is null`,
          [seller.id]
        )
        expect(links).toEqual([])
        expect({
          profiles: await count("shipping_profile"),
          sets: await count("fulfillment_set"),
          zones: await count("service_zone"),
        }).toEqual(before)

        // The lock was released: once the name is free, the seller is set up.
        await fulfillment.deleteFulfillmentSets(blocker.id)
        const { result } = await ensureSellerShippingWorkflow(container).run({
          input: { seller_id: seller.id },
        })
        expect(result.service_zone_id).toMatch(/^serzo_/)
      })
    })

    describe("vendor products", () => {
      const productProfile = async (id: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "shipping_profile.id"],
          filters: { id },
        })
        return (data[0] as any).shipping_profile?.id as string | undefined
      }

      it("creates a seller's product with the seller's shipping profile, not the store default", async () => {
        const defaultProfile =
          await ensureDefaultShippingProfile(getContainer())
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const res = await api.post(
          "/vendor/products",
          productBody(),
          rina.headers
        )
        expect(res.status).toBe(201)

        const setup = await sellerShippingSetup(getContainer(), rina.seller.id)
        const profile = await productProfile(res.data.product.id)
        expect(profile).toBe(setup.shipping_profile!.id)
        expect(profile).not.toBe(defaultProfile)
      })

      it("ensures a backfilled seller's profile before its first product, and moves an old product to it on update", async () => {
        const container = getContainer()
        const defaultProfile = await ensureDefaultShippingProfile(container)
        const rina = await signUpSeller(api, {
          email: "rina@kaos.id",
          name: "Kaos Rina",
        })
        const created = await api.post(
          "/vendor/products",
          productBody(),
          rina.headers
        )
        const productId = created.data.product.id as string

        // As before seller profiles: the product on the default profile and
        // the seller without a profile.
        const link = container.resolve(ContainerRegistrationKeys.LINK)
        const first = await sellerShippingSetup(container, rina.seller.id)
        await link.dismiss({
          seller: { seller_id: rina.seller.id },
          [Modules.FULFILLMENT]: {
            shipping_profile_id: first.shipping_profile!.id,
          },
        })
        await link.dismiss({
          [Modules.PRODUCT]: { product_id: productId },
          [Modules.FULFILLMENT]: {
            shipping_profile_id: first.shipping_profile!.id,
          },
        })
        await link.create({
          [Modules.PRODUCT]: { product_id: productId },
          [Modules.FULFILLMENT]: { shipping_profile_id: defaultProfile },
        })
        await container
          .resolve(Modules.FULFILLMENT)
          .softDeleteShippingProfiles([first.shipping_profile!.id])
        expect(await productProfile(productId)).toBe(defaultProfile)

        const updated = await api.post(
          `/vendor/products/${productId}`,
          { subtitle: "Edisi baru" },
          rina.headers
        )
        expect(updated.status).toBe(200)
        const now = await sellerShippingSetup(container, rina.seller.id)
        expect(now.shipping_profile).not.toBeNull()
        expect(now.shipping_profile!.id).not.toBe(first.shipping_profile!.id)
        expect(await productProfile(productId)).toBe(now.shipping_profile!.id)
        // The location keeps its one fulfillment set and zone.
        expect(now.fulfillment_set_id).toBe(first.fulfillment_set_id)
        expect(now.service_zones.map((z) => z.id)).toEqual(
          first.service_zones.map((z) => z.id)
        )
      })
    })
  },
})
