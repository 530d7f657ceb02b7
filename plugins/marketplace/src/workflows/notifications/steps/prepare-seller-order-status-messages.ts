/* eslint-disable @typescript-eslint/no-explicit-any -- rows read through Query; each field is named in the query */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveLocale } from "../../../notifications/format"
import {
  type MarketplaceMessageInput,
  type NotifiedSellerOrderStatus,
  NotificationTemplates,
} from "../../../notifications/types"
import { SellerOrderEvents } from "../../../types"

type Row = Record<string, any>

/** The shopper-facing status each seller order event announces. */
export const SELLER_ORDER_EVENT_STATUS: Record<
  string,
  NotifiedSellerOrderStatus
> = {
  [SellerOrderEvents.ACCEPTED]: "processing",
  [SellerOrderEvents.SHIPPED]: "shipped",
  [SellerOrderEvents.DELIVERED]: "delivered",
  [SellerOrderEvents.CANCELED]: "cancelled",
}

/** The shopper's e-mail for a seller order's status change (accepted, shipped with tracking, delivered, cancelled). */
export const prepareSellerOrderStatusMessagesStep = createStep(
  "marketplace-prepare-seller-order-status-messages-step",
  async (input: { order_id: string; event: string }, { container }) => {
    const status = SELLER_ORDER_EVENT_STATUS[input.event]
    if (!status) return new StepResponse([] as MarketplaceMessageInput[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "locale",
        "customer.first_name",
        "customer.metadata",
        "shipping_address.first_name",
        "seller.name",
        "fulfillments.labels.tracking_number",
      ],
      filters: { id: input.order_id },
    })) as { data: Row[] }
    if (!order?.email) return new StepResponse([] as MarketplaceMessageInput[])
    const tracking = ((order.fulfillments ?? []) as Row[])
      .flatMap((f) => (f?.labels ?? []) as Row[])
      .map((l) => l?.tracking_number)
      .filter((n): n is string => typeof n === "string" && n.length > 0)
    const messages: MarketplaceMessageInput[] = [
      {
        template: NotificationTemplates.SELLER_ORDER_STATUS_SHOPPER,
        to: order.email,
        locale: resolveLocale(order.customer?.metadata?.locale, order.locale),
        idempotency_key: `seller-order-status:${order.id}:${status}`,
        resource_type: "order",
        resource_id: order.id,
        data: {
          status,
          order_id: order.id,
          display_id: Number(order.display_id),
          seller_name: order.seller?.name ?? "",
          customer_name:
            order.customer?.first_name ??
            order.shipping_address?.first_name ??
            null,
          tracking_numbers: [...new Set(tracking)],
        },
      },
    ]
    return new StepResponse(messages)
  }
)
