import { medusaIntegrationTestRunner } from "../../helpers/runner"
import { call, signUpCustomer } from "../../helpers/actors"
import { createMarket, type Market } from "../../helpers/checkout"
import {
  orderRecord,
  placeOrder,
  type PlacedGroup,
  vendorAction,
} from "../../helpers/orders"

jest.setTimeout(600_000)

type Row = Record<string, any>

/**
 * GET /vendor/orders(/:id): the caller's orders only, with derived status,
 * filters, pagination and earnings from the commission lines; foreign ids
 * answer 404 on every route; bodies and queries are validated.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let groups: PlacedGroup[]
    /** batik's order of each group, by the status it was brought to. */
    let batikOrders: Record<string, { id: string; display_id: number }>
    let placedAt: number[]

    const batik = () => market.sellers[0]
    const sepatu = () => market.sellers[1]

    beforeAll(async () => {
      market = await createMarket(getContainer(), api, [
        {
          handle: "batik",
          shipping: 10_000,
          variants: [
            { sku: "BTK-1", price: 150_000, stock: 50 },
            { sku: "BTK-2", price: 99_999, stock: 50 },
          ],
        },
        {
          handle: "sepatu",
          shipping: 20_000,
          variants: [{ sku: "SPT-1", price: 450_000, stock: 50 }],
        },
      ])
      const line = (variant: { id: string }, quantity: number) => ({
        variant_id: variant.id,
        quantity,
      })
      const carts = [
        // 0: batik + sepatu → batik's order accepted (processing)
        [line(batik().variants[0], 1), line(sepatu().variants[0], 1)],
        // 1: batik only → shipped
        [line(batik().variants[0], 2), line(batik().variants[1], 1)],
        // 2: batik + sepatu → pending, another shopper
        [line(batik().variants[1], 3), line(sepatu().variants[0], 2)],
        // 3: sepatu only
        [line(sepatu().variants[0], 1)],
        // 4: batik → cancelled
        [line(batik().variants[0], 1)],
      ]
      groups = []
      placedAt = []
      for (const [i, lines] of carts.entries()) {
        placedAt.push(Date.now())
        groups.push(
          await placeOrder(api, getContainer(), market, lines, {
            email: i === 2 ? "siti.rahma@example.com" : "budi@example.com",
          })
        )
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const of = (i: number) => groups[i].orderOf(batik())
      batikOrders = {
        processing: of(0),
        shipped: of(1),
        pending: of(2),
        cancelled: of(4),
      }
      const ok = (res: { status: number }) => expect(res.status).toBe(200)
      ok(await vendorAction(api, batik(), of(0).id, "accept"))
      ok(await vendorAction(api, batik(), of(1).id, "accept"))
      ok(
        await vendorAction(api, batik(), of(1).id, "ship", {
          tracking_number: "SICEPAT-77",
          tracking_url: "https://sicepat.com/lacak/SICEPAT-77",
        })
      )
      ok(await vendorAction(api, batik(), of(4).id, "cancel"))
    })

    const list = (query: string, seller = batik()) =>
      call(api.get(`/vendor/orders${query}`, seller.headers))

    const commissionLines = async (orderIds: string[]) =>
      (await (getContainer().resolve("order_group") as any).listCommissionLines(
        { order_id: orderIds }
      )) as Row[]

    it("lists only the caller's orders, newest first, with status, items, shipping, totals and earnings", async () => {
      const res = await list("")
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(4)
      expect(res.data.orders.map((o: Row) => o.id)).toEqual([
        batikOrders.cancelled.id,
        batikOrders.pending.id,
        batikOrders.shipped.id,
        batikOrders.processing.id,
      ])
      expect(res.data.orders.map((o: Row) => o.status)).toEqual([
        "cancelled",
        "pending",
        "shipped",
        "processing",
      ])
      const sepatuIds = groups.flatMap((g) =>
        g.orders.filter((o) => o.seller_id === sepatu().id).map((o) => o.id)
      )
      for (const order of res.data.orders) {
        expect(sepatuIds).not.toContain(order.id)
        for (const item of order.items) {
          expect(batik().variants.map((v) => v.id)).toContain(item.variant_id)
        }
        expect(order.shipping_methods).toEqual([
          expect.objectContaining({
            shipping_option_id: batik().shipping_option_id,
            amount: 10_000,
          }),
        ])
      }

      const shipped = res.data.orders.find(
        (o: Row) => o.id === batikOrders.shipped.id
      )
      expect(shipped.totals).toEqual({
        item_total: 2 * 150_000 + 99_999,
        shipping_total: 10_000,
        discount_total: 0,
        tax_total: 0,
        total: 2 * 150_000 + 99_999 + 10_000,
      })
      expect(shipped.tracking).toEqual({
        tracking_number: "SICEPAT-77",
        tracking_url: "https://sicepat.com/lacak/SICEPAT-77",
        label_url: null,
      })

      // earnings are the commission lines of each order
      const lines = await commissionLines(res.data.orders.map((o: Row) => o.id))
      for (const order of res.data.orders) {
        const own = lines.filter((l) => l.order_id === order.id)
        expect(own.length).toBe(order.items.length)
        const gross = own.reduce((s, l) => s + Number(l.base_amount), 0)
        const commission = own.reduce((s, l) => s + Number(l.amount), 0)
        expect(order.earnings).toEqual({
          gross,
          commission,
          net: gross - commission,
        })
      }
      // 10 % of 399,999 rounded per line: 30,000 + 10,000 (99,999 × 10 % = 9,999.9)
      expect(shipped.earnings).toEqual({
        gross: 399_999,
        commission: 40_000,
        net: 359_999,
      })

      // sepatu sees its own three
      const other = await list("", sepatu())
      expect(other.data.count).toBe(3)
      expect(other.data.orders.map((o: Row) => o.id).sort()).toEqual(
        [...sepatuIds].sort()
      )
    })

    it("filters by one or several statuses", async () => {
      const ids = async (query: string) =>
        (await list(query)).data.orders.map((o: Row) => o.id)
      expect(await ids("?status=pending")).toEqual([batikOrders.pending.id])
      expect(await ids("?status=cancelled")).toEqual([batikOrders.cancelled.id])
      expect(await ids("?status=processing,shipped")).toEqual([
        batikOrders.shipped.id,
        batikOrders.processing.id,
      ])
      expect(await ids("?status=pending&status=cancelled")).toEqual([
        batikOrders.cancelled.id,
        batikOrders.pending.id,
      ])
      expect(await ids("?status[]=shipped")).toEqual([batikOrders.shipped.id])
      expect(await ids("?status=delivered")).toEqual([])
    })

    it("filters by creation date (created_after / created_before or created_at[…])", async () => {
      const iso = (ms: number) => new Date(ms).toISOString()
      const ids = async (query: string) => {
        const res = await list(query)
        expect(res.status).toBe(200)
        return res.data.orders.map((o: Row) => o.id)
      }
      expect(await ids(`?created_after=${iso(placedAt[2])}`)).toEqual([
        batikOrders.cancelled.id,
        batikOrders.pending.id,
      ])
      expect(await ids(`?created_before=${iso(placedAt[1])}`)).toEqual([
        batikOrders.processing.id,
      ])
      expect(
        await ids(
          `?created_after=${iso(placedAt[1])}&created_before=${iso(placedAt[3])}`
        )
      ).toEqual([batikOrders.pending.id, batikOrders.shipped.id])
      expect(
        await ids(
          `?created_at[gte]=${iso(placedAt[1])}&created_at[lt]=${iso(placedAt[2])}`
        )
      ).toEqual([batikOrders.shipped.id])
      // with a status filter too
      expect(
        await ids(
          `?created_after=${iso(placedAt[1])}&status=shipped,processing`
        )
      ).toEqual([batikOrders.shipped.id])
    })

    it("searches with q (order number, e-mail, address)", async () => {
      const res = await list("?q=siti.rahma")
      expect(res.data.orders.map((o: Row) => o.id)).toEqual([
        batikOrders.pending.id,
      ])
      const byNumber = await list(`?q=${batikOrders.shipped.display_id}`)
      expect(byNumber.data.orders.map((o: Row) => o.id)).toContain(
        batikOrders.shipped.id
      )
    })

    it("pages with limit/offset and counts the whole match, with and without a status filter", async () => {
      const page1 = await list("?limit=2")
      expect(page1.data).toMatchObject({ count: 4, limit: 2, offset: 0 })
      expect(page1.data.orders.map((o: Row) => o.id)).toEqual([
        batikOrders.cancelled.id,
        batikOrders.pending.id,
      ])
      const page2 = await list("?limit=2&offset=2")
      expect(page2.data.orders.map((o: Row) => o.id)).toEqual([
        batikOrders.shipped.id,
        batikOrders.processing.id,
      ])
      const filtered = await list(
        "?status=pending,processing,shipped&limit=2&offset=1"
      )
      expect(filtered.data).toMatchObject({ count: 3, limit: 2, offset: 1 })
      expect(filtered.data.orders.map((o: Row) => o.id)).toEqual([
        batikOrders.shipped.id,
        batikOrders.processing.id,
      ])
      expect((await list("?offset=10")).data).toMatchObject({
        count: 4,
        orders: [],
      })
    })

    it("shows one order with its shipping address, fulfillments and tracking", async () => {
      const res = await api.get(
        `/vendor/orders/${batikOrders.shipped.id}`,
        batik().headers
      )
      const { order } = res.data
      expect(order).toMatchObject({
        id: batikOrders.shipped.id,
        display_id: batikOrders.shipped.display_id,
        status: "shipped",
        order_group_id: groups[1].id,
        shipping_address: {
          first_name: "Budi",
          last_name: "Santoso",
          address_1: "Jl. Merdeka 1",
          city: "Jakarta",
          postal_code: "10110",
          country_code: "id",
          phone: "0812000000",
        },
        earnings: { gross: 399_999, commission: 40_000, net: 359_999 },
      })
      expect(order.fulfillments).toHaveLength(1)
      expect(order.fulfillments[0]).toMatchObject({
        location_id: batik().location_id,
        delivered_at: null,
        canceled_at: null,
        labels: [
          {
            tracking_number: "SICEPAT-77",
            tracking_url: "https://sicepat.com/lacak/SICEPAT-77",
            label_url: null,
          },
        ],
      })
      expect(order.shipped_at).toBe(order.fulfillments[0].shipped_at)
    })

    it("answers 404 to another seller on every order route and changes nothing", async () => {
      const id = batikOrders.pending.id
      const before = await orderRecord(getContainer(), id)
      const foreign = [
        await call(api.get(`/vendor/orders/${id}`, sepatu().headers)),
        await vendorAction(api, sepatu(), id, "accept"),
        await vendorAction(api, sepatu(), id, "ship", {
          tracking_number: "X",
        }),
        await vendorAction(api, sepatu(), id, "cancel"),
      ]
      for (const res of foreign) {
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`Order with id: ${id} was not found`)
      }
      const missing = await vendorAction(
        api,
        batik(),
        "order_missing",
        "accept"
      )
      expect(missing.status).toBe(404)
      expect(await orderRecord(getContainer(), id)).toEqual(before)
    })

    it("validates bodies and queries, naming the field", async () => {
      const id = batikOrders.processing.id
      const cases: [Promise<{ status: number; data: any }>, RegExp][] = [
        [vendorAction(api, batik(), id, "ship", {}), /tracking_number/],
        [
          vendorAction(api, batik(), id, "ship", {
            tracking_number: "A1",
            tracking_url: "not a url",
          }),
          /tracking_url must be an http\(s\) URL/,
        ],
        [
          vendorAction(api, batik(), id, "ship", {
            tracking_number: "A1",
            carrier: "jne",
          }),
          /Unrecognized fields: 'carrier'/,
        ],
        [
          vendorAction(api, batik(), id, "accept", { location_id: "x" }),
          /Unrecognized fields: 'location_id'/,
        ],
        [vendorAction(api, batik(), id, "cancel", { reason: "" }), /reason/],
        [list("?status=lost"), /status/],
        [list("?created_after=kemarin"), /created_after/],
        [list("?created_at[since]=2026-01-01"), /since/],
        [list("?limit=0"), /limit/],
        [list("?seller_id=sel_1"), /Unrecognized fields: 'seller_id'/],
      ]
      for (const [request, message] of cases) {
        const res = await request
        expect({ status: res.status, message: res.data.message }).toEqual({
          status: 400,
          message: expect.stringMatching(message),
        })
      }
      // the order did not move
      const res = await api.get(`/vendor/orders/${id}`, batik().headers)
      expect(res.data.order.status).toBe("processing")
    })

    it("refuses other actors: customers and operators get 401", async () => {
      const customer = await signUpCustomer(api, market.publishable_key)
      const asCustomer = await call(api.get("/vendor/orders", customer.headers))
      expect(asCustomer.status).toBe(401)
      const admin = await call(api.get("/vendor/orders", market.admin))
      expect(admin.status).toBe(401)
      const anonymous = await call(api.get("/vendor/orders"))
      expect(anonymous.status).toBe(401)
    })
  },
})
