import { MathBN } from "@medusajs/framework/utils"
import { parseCommissionRate } from "../../../modules/order-group/service"
import { commissionAmount, commissionRate } from "../utils/commission"
import {
  planSellerOrders,
  sellerOfShippingMethods,
  sellersInOrder,
  type SplitSource,
} from "../utils/split-plan"

const lookup = {
  sellerOfProduct: new Map([
    ["prod_a", "sel_a"],
    ["prod_b", "sel_b"],
  ]),
  profileOfProduct: new Map([
    ["prod_a", "sp_a"],
    ["prod_b", "sp_b"],
  ]),
  profileOfOption: new Map([
    ["so_a", "sp_a"],
    ["so_b", "sp_b"],
  ]),
}

function order(): SplitSource {
  return {
    id: "order_1",
    display_id: 41,
    currency_code: "idr",
    email: "budi@example.com",
    region_id: "reg_1",
    customer_id: "cus_1",
    sales_channel_id: "sc_1",
    status: "pending",
    shipping_address: { id: "addr_1", city: "Jakarta", country_code: "id" },
    billing_address: null,
    items: [
      {
        id: "ordli_b1",
        product_id: "prod_b",
        title: "Sepatu",
        quantity: 1,
        unit_price: 450000,
        raw_unit_price: { value: "450000", precision: 20 },
        tax_lines: [{ id: "tl_1", rate: 11, code: "PPN", item_id: "ordli_b1" }],
        adjustments: [
          { id: "adj_1", amount: 5000, code: "HEMAT", promotion_id: "promo_1" },
        ],
      },
      {
        id: "ordli_a1",
        product_id: "prod_a",
        title: "Batik",
        quantity: 2,
        unit_price: 150000,
      },
      {
        id: "ordli_b2",
        product_id: "prod_b",
        title: "Sandal",
        quantity: 1,
        unit_price: 90000,
      },
    ],
    shipping_methods: [
      {
        id: "ordsm_a",
        name: "Reguler A",
        shipping_option_id: "so_a",
        amount: 10000,
      },
      {
        id: "ordsm_b",
        name: "Reguler B",
        shipping_option_id: "so_b",
        amount: 20000,
      },
    ],
    credit_lines: [
      { id: "cl_1", reference: "gift", reference_id: "g1", amount: 1000 },
    ],
  }
}

describe("planSellerOrders", () => {
  it("makes one order per seller, in cart order, keeping line and shipping ids", () => {
    const plans = planSellerOrders(order(), lookup)

    expect(plans.map((p) => p.seller_id)).toEqual(["sel_b", "sel_a"])
    expect(plans[0].line_item_ids).toEqual(["ordli_b1", "ordli_b2"])
    expect(plans[1].line_item_ids).toEqual(["ordli_a1"])
    expect(plans[0].shipping_method_ids).toEqual(["ordsm_b"])
    expect(plans[1].shipping_method_ids).toEqual(["ordsm_a"])
    expect(plans[0].input.items.map((i: any) => i.id)).toEqual([
      "ordli_b1",
      "ordli_b2",
    ])
    expect(plans[0].input.shipping_methods[0].id).toBe("ordsm_b")
  })

  it("gives the first seller the placed order's id and display id, the others new ones", () => {
    const [first, second] = planSellerOrders(order(), lookup)
    expect(first.input.id).toBe("order_1")
    expect(first.input.display_id).toBe(41)
    expect(second.input.id).toBeUndefined()
    expect(second.input.display_id).toBeUndefined()
  })

  it("copies prices in their raw form, tax lines and adjustments without their ids", () => {
    const [first] = planSellerOrders(order(), lookup)
    const item = first.input.items[0]
    expect(item.unit_price).toEqual({ value: "450000", precision: 20 })
    expect(item.tax_lines).toEqual([{ rate: 11, code: "PPN" }])
    expect(item.adjustments).toEqual([
      { amount: 5000, code: "HEMAT", promotion_id: "promo_1" },
    ])
    expect(first.input.shipping_address).toEqual({
      city: "Jakarta",
      country_code: "id",
    })
  })

  it("keeps store credit on the first seller's order only", () => {
    const [first, second] = planSellerOrders(order(), lookup)
    expect(first.input.credit_lines).toHaveLength(1)
    expect(second.input.credit_lines).toEqual([])
  })

  it("refuses a line no seller sells", () => {
    const source = order()
    source.items.push({
      id: "ordli_x",
      product_id: "prod_x",
      title: "Tanpa Toko",
    })
    expect(() => planSellerOrders(source, lookup)).toThrow(
      '"Tanpa Toko" is not sold by any seller and cannot be ordered'
    )
  })
})

describe("sellerOfShippingMethods", () => {
  it("refuses a method whose profile ships several sellers' items", () => {
    const shared = {
      ...lookup,
      profileOfProduct: new Map([
        ["prod_a", "sp_default"],
        ["prod_b", "sp_default"],
      ]),
      profileOfOption: new Map([["so_a", "sp_default"]]),
    }
    const source = order()
    expect(() =>
      sellerOfShippingMethods(
        [source.shipping_methods[0]],
        source.items,
        shared
      )
    ).toThrow(/several sellers/)
  })

  it("refuses a method that ships no item of the cart", () => {
    const source = order()
    expect(() =>
      sellerOfShippingMethods(
        [{ id: "ordsm_x", name: "Kargo", shipping_option_id: "so_other" }],
        source.items,
        lookup
      )
    ).toThrow('Shipping method "Kargo" does not ship any item of this cart')
  })

  it("lists sellers in the order their first line appears", () => {
    expect(sellersInOrder(order().items, lookup.sellerOfProduct)).toEqual([
      "sel_b",
      "sel_a",
    ])
  })
})

describe("commission", () => {
  it("uses the seller's rate when set, else the platform's", () => {
    expect(commissionRate(null, 10)).toBe(10)
    expect(commissionRate(undefined, 10)).toBe(10)
    expect(commissionRate(0, 10)).toBe(0)
    expect(commissionRate(7.5, 10)).toBe(7.5)
  })

  it("rounds half up to the currency's digits (IDR: whole rupiah)", () => {
    expect(commissionAmount(300_000, 10, 0)).toBe(30_000)
    expect(commissionAmount(99_999, 7.5, 0)).toBe(7_500) // 7499.925
    expect(commissionAmount(15, 10, 0)).toBe(2) // 1.5 → 2
    expect(commissionAmount(MathBN.convert("19.99").toNumber(), 10, 2)).toBe(2)
    expect(commissionAmount(10.05, 10, 2)).toBe(1.01) // 1.005 → 1.01
  })
})

describe("default_commission_rate option", () => {
  it("defaults to 10 % and accepts a percentage as number or string", () => {
    expect(parseCommissionRate(undefined)).toBe(10)
    expect(parseCommissionRate("")).toBe(10)
    expect(parseCommissionRate("7.5")).toBe(7.5)
    expect(parseCommissionRate(0)).toBe(0)
  })

  it("refuses anything else at boot, naming the option and the variable", () => {
    expect(() => parseCommissionRate("sepuluh")).toThrow(
      /default_commission_rate \(MARKETPLACE_COMMISSION_RATE\) must be a percentage between 0 and 100/
    )
    expect(() => parseCommissionRate(150)).toThrow(/between 0 and 100/)
  })
})
