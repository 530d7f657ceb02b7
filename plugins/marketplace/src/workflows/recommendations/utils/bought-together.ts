import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The link table of `links/order-group-order.ts` (Medusa names a link's table
 * `<module>_<alias>_<module>_<alias>`).
 */
const ORDER_GROUP_ORDER_TABLE = "order_group_order_group_order_order"

/**
 * How many of the product's most recent carts are read. Bounds the cost of a
 * request for a best seller (the read is per request, not cached) and keeps
 * the recommendations about what shoppers buy now.
 */
export const BOUGHT_TOGETHER_CART_WINDOW = 1000

/**
 * How many ranked products are returned at most: more than any page shows,
 * so that hidden products (filtered out afterwards) rarely leave a page short.
 */
export const BOUGHT_TOGETHER_CANDIDATES = 200

export type BoughtTogetherRank = {
  product_id: string
  /** Distinct carts in which both products were bought. */
  carts: number
  /** When the most recent of those carts was placed. */
  last_bought_at: Date
}

/**
 * The products bought together with `product_id`, best first.
 *
 * WHAT COUNTS: a cart is an order group (the per-seller orders of one
 * checkout), so products of other sellers in the same checkout count; an
 * order placed without the split (no seller in it) is a cart of its own.
 * A product counts in a cart when a placed order of that cart has a line of
 * it with a quantity above 0 in the order's current version; canceled and
 * draft orders count nowhere (so a canceled order's products no longer count
 * in its cart, while the cart's other orders still do). The product itself is
 * left out. Ranked by the number of distinct carts holding both, ties by the
 * most recent such cart, then by id (byte order: stable). Only the product's
 * BOUGHT_TOGETHER_CART_WINDOW most recent carts are read.
 *
 * One SQL read over the Order module's tables and the order group link
 * (index lookups: lines by product, orders by id, links by order and by
 * group), in the way `collectSales` reads orders for seller analytics;
 * read-only, on the columns Medusa 2.21 migrates. The bought-together HTTP
 * spec checks the ranking against real checkouts, so a schema change fails it.
 */
export async function rankBoughtTogether(
  container: MedusaContainer,
  input: { product_id: string; limit?: number }
): Promise<BoughtTogetherRank[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const placed = `o.deleted_at is null and o.status not in ('canceled', 'draft')`
  const { rows } = (await knex.raw(
    `with anchor_orders as (
       select distinct o.id, o.created_at
         from order_line_item li
         join order_item oi
           on oi.item_id = li.id and oi.deleted_at is null and oi.quantity > 0
         join "order" o on o.id = oi.order_id and oi.version = o.version and ${placed}
        where li.product_id = ? and li.deleted_at is null
     ),
     carts as (
       select coalesce(g.order_group_id, a.id) as cart_id
         from anchor_orders a
         left join ${ORDER_GROUP_ORDER_TABLE} g
           on g.order_id = a.id and g.deleted_at is null
        group by 1
        order by max(a.created_at) desc
        limit ?
     ),
     cart_orders as (
       select c.cart_id, coalesce(g.order_id, c.cart_id) as order_id
         from carts c
         left join ${ORDER_GROUP_ORDER_TABLE} g
           on g.order_group_id = c.cart_id and g.deleted_at is null
     ),
     bought as (
       select li.product_id, co.cart_id, max(o.created_at) as bought_at
         from cart_orders co
         join "order" o on o.id = co.order_id and ${placed}
         join order_item oi
           on oi.order_id = o.id and oi.version = o.version
          and oi.deleted_at is null and oi.quantity > 0
         join order_line_item li on li.id = oi.item_id and li.deleted_at is null
        where li.product_id is not null and li.product_id <> ?
        group by li.product_id, co.cart_id
     )
     select product_id, count(*)::int as carts, max(bought_at) as last_bought_at
       from bought
      group by product_id
      order by carts desc, last_bought_at desc, product_id collate "C"
      limit ?`,
    [
      input.product_id,
      BOUGHT_TOGETHER_CART_WINDOW,
      input.product_id,
      input.limit ?? BOUGHT_TOGETHER_CANDIDATES,
    ]
  )) as {
    rows: { product_id: string; carts: number; last_bought_at: Date }[]
  }
  return rows.map((r) => ({
    product_id: r.product_id,
    carts: Number(r.carts),
    last_bought_at: new Date(r.last_bought_at),
  }))
}
