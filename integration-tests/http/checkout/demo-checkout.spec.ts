import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../../helpers/runner"
import seedDemoData from "../../../src/scripts/seed"
import { SHIPPING_ADDRESS, storefrontSdk } from "../../helpers/checkout"

jest.setTimeout(300_000)

type Row = Record<string, any>

/**
 * The demo as a shopper meets it after `npm run dev`: seeded sellers, the
 * seller-grouped cart, one shipping choice per seller, the system payment
 * provider of the Indonesia region, and a split at completion whose per-seller
 * orders match the cart's seller groups.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("checks out seeded products of two sellers into one group with one order per seller group", async () => {
      const container = getContainer()
      await seedDemoData({ container, args: [] })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const [{ data: keys }, { data: regions }, { data: variants }] =
        await Promise.all([
          query.graph({
            entity: "api_key",
            fields: ["token"],
            filters: { title: "Belanjain Storefront", type: "publishable" },
          }),
          query.graph({
            entity: "region",
            fields: ["id", "payment_providers.id"],
            filters: { name: "Indonesia" },
          }),
          query.graph({
            entity: "product_variant",
            fields: ["id", "sku"],
            filters: { sku: ["BATIK-PRIA-M", "SEPATU-LARI-40"] },
          }),
        ])
      const region = regions[0] as Row
      expect(region.payment_providers.map((p: Row) => p.id)).toContain(
        "pp_system_default"
      )
      const sku = Object.fromEntries(
        (variants as Row[]).map((v) => [v.sku, v.id])
      )
      const sdk = storefrontSdk(api, (keys[0] as Row).token)

      const { cart } = await sdk.store.cart.create({
        region_id: region.id,
        email: "demo@example.com",
        shipping_address: SHIPPING_ADDRESS,
        items: [
          { variant_id: sku["BATIK-PRIA-M"], quantity: 1 },
          { variant_id: sku["SEPATU-LARI-40"], quantity: 2 },
        ],
      })
      const store = {
        headers: { "x-publishable-api-key": (keys[0] as Row).token },
      }
      const groupsOf = async () =>
        (await api.get(`/store/carts/${cart.id}/seller-groups`, store)).data
          .seller_groups as Row[]

      for (const group of await groupsOf()) {
        const reguler = group.shipping_options.find(
          (o: Row) => o.name === "Reguler"
        )
        await sdk.store.cart.addShippingMethod(cart.id, {
          option_id: reguler.id,
        })
      }
      const sellerGroups = await groupsOf()
      expect(sellerGroups).toHaveLength(2)
      const { cart: ready } = await sdk.store.cart.retrieve(cart.id)
      await sdk.store.payment.initiatePaymentSession(ready, {
        provider_id: "pp_system_default",
      })

      const completed = (await sdk.store.cart.complete(cart.id)) as Row
      expect(completed.type).toBe("order")
      const { data: groups } = await query.graph({
        entity: "order_group",
        fields: [
          "id",
          "total",
          "orders.id",
          "orders.total",
          "orders.seller.handle",
        ],
        filters: { cart_id: cart.id },
      })
      const [group] = groups as Row[]
      expect(Number(group.total)).toBe(ready.total)
      expect(completed.order.order_group.id).toBe(group.id)
      // each seller's order is exactly the seller group the shopper saw
      for (const sellerGroup of sellerGroups) {
        const order = group.orders.find(
          (o: Row) => o.seller.handle === sellerGroup.seller.handle
        )
        expect(Number(order.total)).toBe(sellerGroup.total)
      }
    })
  },
})
