import { groupCartBySeller } from "../seller-groups"

const sellers = [
  {
    id: "sel_a",
    name: "Toko A",
    handle: "toko-a",
    shipping_profile_id: "sp_a",
  },
  {
    id: "sel_b",
    name: "Toko B",
    handle: "toko-b",
    shipping_profile_id: "sp_b",
  },
]

describe("groupCartBySeller", () => {
  it("groups items, methods and options per seller with Medusa's line totals", () => {
    const groups = groupCartBySeller({
      items: [
        { id: "i1", product_id: "p_b", subtotal: 100000, total: 111000 },
        { id: "i2", product_id: "p_a", subtotal: 50000, total: 55500 },
        { id: "i3", product_id: "p_b", subtotal: 20000, total: 22200 },
      ],
      shipping_methods: [
        { id: "m_a", shipping_option_id: "so_a1", total: 15000 },
      ],
      product_sellers: { p_a: "sel_a", p_b: "sel_b" },
      sellers,
      method_profiles: { so_a1: "sp_a" },
      shipping_options: [
        { id: "so_a1", name: "Reguler", shipping_profile_id: "sp_a" },
        { id: "so_b1", name: "Kargo", shipping_profile_id: "sp_b" },
        { id: "so_x", name: "Other", shipping_profile_id: "sp_x" },
      ],
    })
    expect(groups.map((g) => g.seller?.id)).toEqual(["sel_b", "sel_a"])
    const [b, a] = groups
    expect(b.items.map((i) => i.id)).toEqual(["i1", "i3"])
    expect(b).toEqual(
      expect.objectContaining({
        item_subtotal: 120000,
        shipping_method: null,
        shipping_total: 0,
        total: 133200,
      })
    )
    expect(b.shipping_options.map((o) => o.id)).toEqual(["so_b1"])
    expect(a).toEqual(
      expect.objectContaining({
        item_subtotal: 50000,
        shipping_total: 15000,
        total: 70500,
      })
    )
    expect(a.shipping_method?.id).toBe("m_a")
  })

  it("keeps items and methods without a seller in a last group, so totals add up", () => {
    const groups = groupCartBySeller({
      items: [
        { id: "i1", product_id: "p_none", subtotal: 10, total: 10 },
        { id: "i2", product_id: "p_a", subtotal: 5.5, total: 5.5 },
      ],
      shipping_methods: [
        { id: "m_x", shipping_option_id: "so_gone", total: 0.1 },
        { id: "m_y", shipping_option_id: null, total: 0.2 },
      ],
      product_sellers: { p_a: "sel_a" },
      sellers,
      method_profiles: {},
      shipping_options: [],
    })
    expect(groups.map((g) => g.seller?.id ?? null)).toEqual(["sel_a", null])
    expect(groups[1].total).toBe(10.3)
    expect(groups.reduce((s, g) => s + g.total, 0)).toBeCloseTo(15.8)
  })

  it("returns no groups for an empty cart", () => {
    expect(
      groupCartBySeller({
        items: [],
        shipping_methods: [],
        product_sellers: {},
        sellers,
        method_profiles: {},
        shipping_options: [],
      })
    ).toEqual([])
  })
})
