import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, type Shopper, signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import {
  orderRecord,
  placeOrder,
  type PlacedGroup,
  shopperAction,
  vendorAction,
} from "../../helpers/orders"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * The shopper's side: /store/order-groups lists and shows the caller's own
 * checkouts with every seller's order and its own status; another shopper's
 * group answers 404; confirm receipt only from shipped.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let siti: Shopper
    let budi: Shopper
    let first: PlacedGroup
    let second: PlacedGroup
    let budis: PlacedGroup
    let guest: PlacedGroup

    const [BATIK, SEPATU, BUKU] = [0, 1, 2]
    const seller = (i: number) => market.sellers[i]

    beforeAll(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          shipping: 10_000,
          variants: [{ sku: "BTK-1", price: 150_000, stock: 50 }],
        },
        {
          handle: "sepatu",
          shipping: 20_000,
          variants: [{ sku: "SPT-1", price: 450_000, stock: 50 }],
        },
        {
          handle: "buku",
          shipping: 8_000,
          variants: [{ sku: "BKU-1", price: 75_000, stock: 50 }],
        },
      ])
      siti = await signUpCustomer(
        api,
        market.publishable_key,
        "siti@example.com"
      )
      budi = await signUpCustomer(
        api,
        market.publishable_key,
        "budi@example.com"
      )
      const all = market.sellers.map((s) => ({
        variant_id: s.variants[0].id,
        quantity: 1,
      }))
      first = await placeOrder(api, getContainer(), market, all, {
        token: siti.token,
        email: "siti@example.com",
      })
      second = await placeOrder(
        api,
        getContainer(),
        market,
        [all[BATIK], { ...all[BUKU], quantity: 2 }],
        { token: siti.token, email: "siti@example.com" }
      )
      budis = await placeOrder(api, getContainer(), market, [all[SEPATU]], {
        token: budi.token,
        email: "budi@example.com",
      })
      guest = await placeOrder(api, getContainer(), market, all, {
        email: "tamu@example.com",
      })

      // the first checkout's orders move on: sepatu accepted, buku shipped
      const ok = (res: { status: number }) => expect(res.status).toBe(200)
      ok(
        await vendorAction(
          api,
          seller(SEPATU),
          first.orderOf(seller(SEPATU)).id,
          "accept"
        )
      )
      ok(
        await vendorAction(
          api,
          seller(BUKU),
          first.orderOf(seller(BUKU)).id,
          "accept"
        )
      )
      ok(
        await vendorAction(
          api,
          seller(BUKU),
          first.orderOf(seller(BUKU)).id,
          "ship",
          {
            tracking_number: "POS-1",
          }
        )
      )
    })

    const get = (path: string, shopper: Shopper) =>
      call(api.get(path, shopper.headers))

    it("lists the caller's checkouts only, newest first, paginated; guest checkouts are nobody's", async () => {
      const res = await get("/store/order-groups", siti)
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(2)
      expect(res.data.order_groups.map((g: Row) => g.id)).toEqual([
        second.id,
        first.id,
      ])
      const [latest] = res.data.order_groups
      expect(latest.total).toBe(second.total)
      // which seller's order has the lower number follows the placed order's lines
      expect(latest.orders.map((o: Row) => o.seller.handle).sort()).toEqual([
        "batik",
        "buku",
      ])
      expect(latest.orders[0].display_id).toBeLessThan(
        latest.orders[1].display_id
      )

      const page = await get("/store/order-groups?limit=1&offset=1", siti)
      expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
      expect(page.data.order_groups.map((g: Row) => g.id)).toEqual([first.id])

      const other = await get("/store/order-groups", budi)
      expect(other.data.order_groups.map((g: Row) => g.id)).toEqual([budis.id])

      const listed = JSON.stringify([res.data, other.data])
      expect(listed).not.toContain(guest.id)
      expect(guest.customer_id).not.toBe(first.customer_id)
    })

    it("shows every seller's order of a checkout with the seller, its own status, items, shipping and totals", async () => {
      const res = await get(`/store/order-groups/${first.id}`, siti)
      expect(res.status).toBe(200)
      const group = res.data.order_group
      expect(group).toMatchObject({
        id: first.id,
        currency_code: "idr",
        total: first.total,
      })
      const byHandle = Object.fromEntries(
        group.orders.map((o: Row) => [o.seller.handle, o])
      )
      expect(Object.keys(byHandle).sort()).toEqual(["batik", "buku", "sepatu"])
      expect(
        Object.fromEntries(
          Object.entries(byHandle).map(([h, o]: [string, any]) => [h, o.status])
        )
      ).toEqual({ batik: "pending", sepatu: "processing", buku: "shipped" })

      const batik = byHandle.batik
      expect(batik.seller).toEqual({
        id: seller(BATIK).id,
        name: "Toko batik",
        handle: "batik",
      })
      expect(batik.items).toEqual([
        expect.objectContaining({
          variant_id: seller(BATIK).variants[0].id,
          quantity: 1,
          unit_price: 150_000,
          total: 150_000,
        }),
      ])
      expect(batik.shipping_methods).toEqual([
        expect.objectContaining({ amount: 10_000 }),
      ])
      expect(batik.totals.total).toBe(160_000)
      expect(batik.order_group_id).toBe(first.id)
      expect(byHandle.buku.tracking).toEqual({
        tracking_number: "POS-1",
        tracking_url: null,
        label_url: null,
      })
      expect(
        group.orders.reduce((sum: number, o: Row) => sum + o.totals.total, 0)
      ).toBe(group.total)
      // sellers' earnings are not the shopper's business
      expect(JSON.stringify(group)).not.toContain("earnings")
    })

    it("answers 404 for another shopper's checkout and for orders outside the checkout", async () => {
      for (const path of [
        `/store/order-groups/${budis.id}`,
        `/store/order-groups/${guest.id}`,
        "/store/order-groups/ogrp_missing",
      ]) {
        const res = await get(path, siti)
        expect({ path, status: res.status }).toEqual({ path, status: 404 })
      }
      const budiOrder = budis.orders[0]
      const before = await orderRecord(getContainer(), budiOrder.id)
      for (const action of ["cancel", "confirm-receipt"] as const) {
        const foreign = await shopperAction(
          api,
          siti.headers,
          budis,
          budiOrder.id,
          action
        )
        expect(foreign.status).toBe(404)
        // someone else's order through one's own checkout
        const smuggled = await shopperAction(
          api,
          siti.headers,
          first,
          budiOrder.id,
          action
        )
        expect(smuggled.status).toBe(404)
        // one's own order through another checkout of one's own
        const crossed = await shopperAction(
          api,
          siti.headers,
          first,
          second.orders[0].id,
          action
        )
        expect(crossed.status).toBe(404)
      }
      expect(await orderRecord(getContainer(), budiOrder.id)).toEqual(before)
    })

    it("confirms receipt only of a shipped order, recording the completion date", async () => {
      const confirm = (i: number) =>
        shopperAction(
          api,
          siti.headers,
          first,
          first.orderOf(seller(i)).id,
          "confirm-receipt"
        )
      for (const [i, from] of [
        [BATIK, "pending"],
        [SEPATU, "processing"],
      ] as const) {
        const refused = await confirm(i)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toBe(
          `Cannot change seller order #${first.orderOf(seller(i)).display_id} from ${from} to delivered`
        )
      }

      const res = await confirm(BUKU)
      expect(res.status).toBe(200)
      const buku = res.data.order_group.orders.find(
        (o: Row) => o.seller.handle === "buku"
      )
      expect(buku.status).toBe("delivered")
      expect(buku.delivered_at).toBeTruthy()
      const record = await orderRecord(getContainer(), buku.id)
      expect(record.status).toBe("completed")
      expect(new Date(record.fulfillments[0].delivered_at).toISOString()).toBe(
        buku.delivered_at
      )

      const again = await confirm(BUKU)
      expect(again.status).toBe(409)
      expect(again.data.message).toBe(
        `Cannot change seller order #${buku.display_id} from delivered to delivered`
      )
    })

    it("requires a signed-in customer and validates bodies", async () => {
      const order = first.orderOf(seller(BATIK))
      const anonymous = await call(
        api.get("/store/order-groups", { headers: market.store.headers })
      )
      expect(anonymous.status).toBe(401)
      const asSeller = await call(
        api.get("/store/order-groups", {
          headers: {
            ...market.store.headers,
            ...seller(BATIK).headers.headers,
          },
        })
      )
      expect(asSeller.status).toBe(401)

      const bad = await shopperAction(
        api,
        siti.headers,
        first,
        order.id,
        "cancel",
        { reason: "x", refund_to: "dana" }
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/Unrecognized fields: 'refund_to'/)
      const badQuery = await get("/store/order-groups?limit=500", siti)
      expect(badQuery.status).toBe(400)
      expect(badQuery.data.message).toMatch(/limit/)
      expect((await orderRecord(getContainer(), order.id)).status).toBe(
        "pending"
      )
    })
  },
})
