/* eslint-disable @typescript-eslint/no-explicit-any -- rows read through Query; each field is named in the query */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PUSH_SUBSCRIPTION_MODULE } from "../../../modules/push-subscription"
import type PushSubscriptionModuleService from "../../../modules/push-subscription/service"
import { resolveLocale } from "../../../notifications/format"
import {
  PushTemplates,
  renderSellerOrderStatusPush,
  type SellerOrderStatusPushPayload,
} from "../../../notifications/push"
import { isPushConfigured, type PushMessageInput } from "../utils/push"
import { SELLER_ORDER_EVENT_STATUS } from "./prepare-seller-order-status-messages"

type Row = Record<string, any>

/**
 * One push per browser the order's customer subscribed, for a seller order
 * status change: `{ title, body, url, order_id, status }` in the shopper's
 * language (Indonesian unless the customer reads English, as the e-mail).
 * Nothing when no provider takes the `push` channel, for guest orders, or
 * for customers without subscriptions.
 */
export const prepareSellerOrderStatusPushesStep = createStep(
  "marketplace-prepare-seller-order-status-pushes-step",
  async (input: { order_id: string; event: string }, { container }) => {
    const none = () => new StepResponse([] as PushMessageInput[])
    const status = SELLER_ORDER_EVENT_STATUS[input.event]
    if (!status || !isPushConfigured(container)) return none()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "customer_id",
        "locale",
        "customer.metadata",
        "seller.name",
        "fulfillments.labels.tracking_number",
      ],
      filters: { id: input.order_id },
    })) as { data: Row[] }
    if (!order?.customer_id) return none()
    const subscriptions = await container
      .resolve<PushSubscriptionModuleService>(PUSH_SUBSCRIPTION_MODULE)
      .listPushSubscriptions(
        { customer_id: order.customer_id },
        { select: ["id"], order: { created_at: "ASC" } }
      )
    if (!subscriptions.length) return none()

    const storefrontUrl = container
      .resolve<PushSubscriptionModuleService>(PUSH_SUBSCRIPTION_MODULE)
      .getStorefrontUrl()
    const tracking = ((order.fulfillments ?? []) as Row[])
      .flatMap((f) => (f?.labels ?? []) as Row[])
      .map((l) => l?.tracking_number)
      .filter((n): n is string => typeof n === "string" && n.length > 0)
    const { title, body } = renderSellerOrderStatusPush(
      resolveLocale(order.customer?.metadata?.locale, order.locale),
      {
        status,
        display_id: Number(order.display_id),
        seller_name: order.seller?.name ?? "",
        tracking_numbers: [...new Set(tracking)],
      }
    )
    const payload: SellerOrderStatusPushPayload = {
      title,
      body,
      url: `${storefrontUrl}/account`,
      order_id: order.id,
      status,
    }
    return new StepResponse(
      subscriptions.map((s): PushMessageInput => ({
        idempotency_key: `seller-order-status:push:${order.id}:${status}:${s.id}`,
        subscription_id: s.id,
        template: PushTemplates.SELLER_ORDER_STATUS_SHOPPER,
        payload,
        resource_type: "order",
        resource_id: order.id,
      }))
    )
  }
)
