/* eslint-disable @typescript-eslint/no-explicit-any -- rows read through Query; each field is named in the query */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveLocale } from "../../../notifications/format"
import {
  type MarketplaceMessageInput,
  NotificationTemplates,
} from "../../../notifications/types"

type Row = Record<string, any>

/**
 * The seller's e-mail when it was approved or reactivated (to active) or
 * suspended. Skipped when the seller is no longer in that status (a stale
 * event). The key names the change — `change_id`, the event group of the
 * workflow run that changed the status (the same when the event is
 * redelivered), else the seller's `updated_at` — so each change sends once
 * and a later change sends again.
 */
export const prepareSellerStatusMessagesStep = createStep(
  "marketplace-prepare-seller-status-messages-step",
  async (
    input: { seller_id: string; to: string; change_id?: string },
    { container }
  ) => {
    if (input.to !== "active" && input.to !== "suspended") {
      return new StepResponse([] as MarketplaceMessageInput[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [seller],
    } = (await query.graph({
      entity: "seller",
      fields: ["id", "name", "email", "status", "metadata", "updated_at"],
      filters: { id: input.seller_id },
    })) as { data: Row[] }
    if (!seller?.email || seller.status !== input.to) {
      return new StepResponse([] as MarketplaceMessageInput[])
    }
    const change =
      input.change_id || String(new Date(seller.updated_at).getTime())
    const messages: MarketplaceMessageInput[] = [
      {
        template: NotificationTemplates.SELLER_STATUS_SELLER,
        to: seller.email,
        locale: resolveLocale(seller.metadata?.locale),
        idempotency_key: `seller-status:${seller.id}:${input.to}:${change}`,
        resource_type: "seller",
        resource_id: seller.id,
        data: { seller_name: seller.name, status: input.to },
      },
    ]
    return new StepResponse(messages)
  }
)
