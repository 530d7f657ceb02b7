/* eslint-disable @typescript-eslint/no-explicit-any -- rows read through Query; each field is named in the query */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveLocale } from "../../../notifications/format"
import {
  type MarketplaceMessageInput,
  NotificationTemplates,
} from "../../../notifications/types"

type Row = Record<string, any>
const num = (v: unknown) => Number(v ?? 0) || 0

/**
 * The e-mails of a split checkout: one to the shopper listing every seller's
 * order, one to each seller naming only its own order.
 */
export const prepareOrderPlacedMessagesStep = createStep(
  "marketplace-prepare-order-placed-messages-step",
  async (input: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = (await query.graph({
      entity: "order_group",
      fields: [
        "id",
        "display_id",
        "email",
        "customer_id",
        "currency_code",
        "total",
        "orders.id",
        "orders.display_id",
        "orders.email",
        "orders.locale",
        "orders.currency_code",
        "orders.total",
        "orders.items.product_title",
        "orders.items.variant_title",
        "orders.items.title",
        "orders.items.quantity",
        "orders.items.total",
        "orders.shipping_address.first_name",
        "orders.shipping_address.city",
        "orders.seller.id",
        "orders.seller.name",
        "orders.seller.email",
        "orders.seller.metadata",
      ],
      filters: { id: input.order_group_id },
    })) as { data: Row[] }
    if (!group) return new StepResponse([] as MarketplaceMessageInput[])

    const orders = ((group.orders ?? []) as Row[])
      .filter(Boolean)
      .sort((a, b) => num(a.display_id) - num(b.display_id))
    let customer: Row | undefined
    if (group.customer_id) {
      ;({
        data: [customer],
      } = (await query.graph({
        entity: "customer",
        fields: ["id", "first_name", "metadata"],
        filters: { id: group.customer_id },
      })) as { data: Row[] })
    }
    const currency = String(
      group.currency_code ?? orders[0]?.currency_code ?? "idr"
    )
    const shopperEmail = group.email ?? orders[0]?.email
    const messages: MarketplaceMessageInput[] = []
    if (shopperEmail) {
      messages.push({
        template: NotificationTemplates.ORDER_PLACED_SHOPPER,
        to: shopperEmail,
        locale: resolveLocale(customer?.metadata?.locale, orders[0]?.locale),
        idempotency_key: `order-placed:shopper:${group.id}`,
        resource_type: "order_group",
        resource_id: group.id,
        data: {
          order_group_id: group.id,
          group_display_id: group.display_id ?? null,
          customer_name:
            customer?.first_name ??
            orders[0]?.shipping_address?.first_name ??
            null,
          currency_code: currency,
          total: num(group.total),
          orders: orders.map((o) => ({
            display_id: num(o.display_id),
            seller_name: o.seller?.name ?? "",
            total: num(o.total),
            item_count: ((o.items ?? []) as Row[]).reduce(
              (sum, i) => sum + num(i?.quantity),
              0
            ),
          })),
        },
      })
    }
    for (const o of orders) {
      if (!o.seller?.email) continue
      messages.push({
        template: NotificationTemplates.ORDER_PLACED_SELLER,
        to: o.seller.email,
        locale: resolveLocale(o.seller.metadata?.locale),
        idempotency_key: `order-placed:seller:${o.id}`,
        resource_type: "order",
        resource_id: o.id,
        data: {
          seller_name: o.seller.name,
          order_id: o.id,
          display_id: num(o.display_id),
          currency_code: String(o.currency_code ?? currency),
          total: num(o.total),
          items: ((o.items ?? []) as Row[]).filter(Boolean).map((i) => ({
            title:
              [i.product_title, i.variant_title].filter(Boolean).join(" — ") ||
              String(i.title ?? ""),
            quantity: num(i.quantity),
            total: num(i.total),
          })),
          shipping_city: o.shipping_address?.city ?? null,
        },
      })
    }
    return new StepResponse(messages)
  }
)
