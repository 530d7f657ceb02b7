import { toAuditEntry } from ".."

describe("toAuditEntry", () => {
  it("reads a status change ({ id, from, to, actor }) as a change of status", () => {
    expect(
      toAuditEntry("seller.status_changed", {
        id: "sel_1",
        from: "pending",
        to: "active",
        actor: { type: "user", id: "user_1" },
      })
    ).toEqual({
      actor_type: "user",
      actor_id: "user_1",
      action: "seller.status_changed",
      entity_type: "seller",
      entity_id: "sel_1",
      changes: { status: { from: "pending", to: "active" } },
      metadata: null,
    })
  })

  it("keeps explicit changes and the event's other fields as metadata", () => {
    const entry = toAuditEntry("seller_product.prices_changed", {
      id: "variant_1",
      product_id: "prod_1",
      seller_id: "sel_1",
      actor: { type: "seller", id: "selmem_1" },
      changes: {
        prices: { from: [], to: [{ currency_code: "idr", amount: 5 }] },
      },
    })
    expect(entry.entity_type).toBe("seller_product")
    expect(entry.changes).toEqual({
      prices: { from: [], to: [{ currency_code: "idr", amount: 5 }] },
    })
    expect(entry.metadata).toEqual({ product_id: "prod_1", seller_id: "sel_1" })
  })

  it("records the system when there is no actor or an unknown actor type", () => {
    const none = toAuditEntry("seller_order.canceled", { id: "order_1" })
    expect(none).toMatchObject({
      actor_type: "system",
      actor_id: null,
      changes: null,
      metadata: null,
    })
    const odd = toAuditEntry("page.published", {
      id: "page_1",
      actor: { type: "robot", id: "r2" },
    })
    expect(odd).toMatchObject({ actor_type: "system", actor_id: null })
  })
})
