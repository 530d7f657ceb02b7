import { readSellerShipping } from "../seller-shipping"

const seller = { id: "sel_1", name: "Toko Rina", handle: "toko-rina" }

describe("readSellerShipping", () => {
  it("finds nothing for a seller without shipping, and names what to create", () => {
    expect(
      readSellerShipping({ ...seller, stock_locations: [{ id: "sloc_1" }] }, [
        "manual_manual",
        "belanjain-rates_weight",
      ])
    ).toEqual({
      seller_id: "sel_1",
      shipping_profile_id: null,
      stock_location_id: "sloc_1",
      fulfillment_set_id: null,
      service_zone_id: null,
      missing_provider_ids: ["manual_manual", "belanjain-rates_weight"],
      names: {
        profile: "Toko Rina (toko-rina)",
        fulfillment_set: "Toko Rina (toko-rina) - Pengiriman",
        service_zone: "Toko Rina (toko-rina) - Indonesia",
      },
    })
  })

  it("reuses the shipping set and its Indonesia zone, ignoring pickup sets and other zones", () => {
    const state = readSellerShipping(
      {
        ...seller,
        shipping_profile: { id: "sp_1" },
        stock_locations: [
          {
            id: "sloc_1",
            fulfillment_providers: [{ id: "manual_manual" }],
            fulfillment_sets: [
              { id: "fuset_pickup", type: "pickup", service_zones: [] },
              {
                id: "fuset_ship",
                type: "shipping",
                service_zones: [
                  {
                    id: "serzo_sg",
                    geo_zones: [{ type: "country", country_code: "sg" }],
                  },
                  {
                    id: "serzo_id",
                    geo_zones: [{ type: "country", country_code: "ID" }],
                  },
                ],
              },
            ],
          },
        ],
      },
      ["manual_manual", "belanjain-rates_weight"]
    )
    expect(state).toEqual(
      expect.objectContaining({
        shipping_profile_id: "sp_1",
        fulfillment_set_id: "fuset_ship",
        service_zone_id: "serzo_id",
        missing_provider_ids: ["belanjain-rates_weight"],
      })
    )
  })

  it("links no provider when the seller has no stock location", () => {
    const state = readSellerShipping({ ...seller, stock_locations: [] }, [
      "manual_manual",
    ])
    expect(state.stock_location_id).toBeNull()
    expect(state.missing_provider_ids).toEqual([])
  })
})
