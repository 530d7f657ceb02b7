import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"

/** The order group fields a shopper may read on its orders. */
export const STORE_ORDER_GROUP_FIELDS = [
  "order_group.id",
  "order_group.display_id",
  "order_group.total",
  "order_group.currency_code",
  "order_group.orders.id",
  "order_group.orders.display_id",
]

/**
 * Medusa's own `POST /store/carts/:id/complete` answers with one order (for
 * a split cart: the first seller's). This adds the order group to that
 * answer by default — its id and every per-seller order number — so a
 * storefront using the unmodified js-sdk (`sdk.store.cart.complete`) can
 * show the whole checkout. The route itself is Medusa's, unchanged.
 */
export function includeOrderGroupOnCompletion(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method === "POST") {
    const current = typeof req.query.fields === "string" ? req.query.fields : ""
    const extra = STORE_ORDER_GROUP_FIELDS.map((f) => `+${f}`).join(",")
    req.query.fields = current ? `${current},${extra}` : extra
  }
  allowOrderGroupFields(req, _res, next)
}

/** Store order routes: `fields=+order_group.*` is allowed (public group fields only). */
export function allowOrderGroupFields(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const fields = req.query.fields
  if (
    typeof fields === "string" &&
    /order_group\.\*|\*order_group/.test(fields)
  ) {
    req.query.fields = fields
      .split(",")
      .flatMap((field) =>
        /^[+ ]?(\*order_group|order_group\.\*)$/.test(field)
          ? STORE_ORDER_GROUP_FIELDS.map((f) => `+${f}`)
          : [field]
      )
      .join(",")
  }
  req.allowed ??= []
  req.allowed.push(...STORE_ORDER_GROUP_FIELDS)
  next()
}

/**
 * Registered without a method so Medusa sorts them before its own
 * (method-bound) query validation of these routes, which reads `req.allowed`.
 */
export const storeCartCompleteMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/complete",
    middlewares: [includeOrderGroupOnCompletion],
  },
  { matcher: "/store/orders", middlewares: [allowOrderGroupFields] },
  { matcher: "/store/orders/:id", middlewares: [allowOrderGroupFields] },
]
