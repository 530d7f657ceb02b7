import { deliveredOrderWithProduct } from "../steps/verify-purchase"

const at = "2026-12-01T10:00:00.000Z"
const line = (id: string, product_id: string) => ({ id, product_id })
const fulfillment = (
  lineIds: string[],
  dates: { delivered_at?: string | null; canceled_at?: string | null } = {}
) => ({
  delivered_at: null,
  canceled_at: null,
  ...dates,
  items: lineIds.map((line_item_id) => ({ line_item_id })),
})

describe("deliveredOrderWithProduct", () => {
  it("finds an order whose fulfillment holding the product's line is delivered", () => {
    const order = {
      id: "order_1",
      status: "completed",
      items: [line("li_1", "prod_a")],
      fulfillments: [fulfillment(["li_1"], { delivered_at: at })],
    }
    expect(deliveredOrderWithProduct([order], "prod_a")?.id).toBe("order_1")
  })

  it("refuses orders not delivered yet, canceled or draft", () => {
    const pending = {
      id: "o_pending",
      status: "pending",
      items: [line("li_1", "prod_a")],
      fulfillments: [],
    }
    const shipped = {
      id: "o_shipped",
      status: "pending",
      items: [line("li_2", "prod_a")],
      fulfillments: [fulfillment(["li_2"])],
    }
    const canceled = {
      id: "o_canceled",
      status: "canceled",
      items: [line("li_3", "prod_a")],
      fulfillments: [fulfillment(["li_3"], { delivered_at: at })],
    }
    const draft = { ...canceled, id: "o_draft", status: "draft" }
    expect(
      deliveredOrderWithProduct([pending, shipped, canceled, draft], "prod_a")
    ).toBeUndefined()
  })

  it("refuses a delivered order without the product", () => {
    const order = {
      id: "order_1",
      status: "completed",
      items: [line("li_1", "prod_b")],
      fulfillments: [fulfillment(["li_1"], { delivered_at: at })],
    }
    expect(deliveredOrderWithProduct([order], "prod_a")).toBeUndefined()
  })

  it("counts only the fulfillment that holds the product's line, and not a canceled one", () => {
    const partial = {
      id: "order_1",
      status: "pending",
      items: [line("li_a", "prod_a"), line("li_b", "prod_b")],
      fulfillments: [
        fulfillment(["li_b"], { delivered_at: at }),
        fulfillment(["li_a"]),
        fulfillment(["li_a"], { delivered_at: at, canceled_at: at }),
      ],
    }
    expect(deliveredOrderWithProduct([partial], "prod_a")).toBeUndefined()
    expect(deliveredOrderWithProduct([partial], "prod_b")?.id).toBe("order_1")
  })

  it("tolerates missing relations (null items, fulfillments)", () => {
    expect(
      deliveredOrderWithProduct(
        [{ id: "o", status: "pending", items: null, fulfillments: null }],
        "prod_a"
      )
    ).toBeUndefined()
  })
})
