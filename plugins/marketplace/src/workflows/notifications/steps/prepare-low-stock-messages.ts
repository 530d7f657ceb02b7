/* eslint-disable @typescript-eslint/no-explicit-any -- rows read through Query; each field is named in the query */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MESSAGE_MODULE } from "../../../modules/marketplace-message"
import type MarketplaceMessageModuleService from "../../../modules/marketplace-message/service"
import { resolveLocale } from "../../../notifications/format"
import {
  type MarketplaceMessageInput,
  NotificationTemplates,
} from "../../../notifications/types"
import { LOW_STOCK_THRESHOLD } from "../../../types"

type Row = Record<string, any>
const num = (v: unknown) => Number(v ?? 0) || 0

/**
 * Stock changed at some inventory levels (a reservation at checkout, a
 * fulfillment, a restock): for each level of a seller's managed variant,
 * available = stocked − reserved (as in the seller's inventory table).
 * Below LOW_STOCK_THRESHOLD it marks the level low (atomic: one crossing
 * number per fall below the threshold, however many changes or concurrent
 * events) and yields the seller's alert keyed by that number — the send step
 * sends each key once, so further changes while low send nothing, and one
 * that follows a crash before the send makes it good; at or above the
 * threshold it ends the low state, so the next fall is a new crossing.
 */
export const prepareLowStockMessagesStep = createStep(
  "marketplace-prepare-low-stock-messages-step",
  async (input: { inventory_level_ids: string[] }, { container }) => {
    const messages: MarketplaceMessageInput[] = []
    if (!input.inventory_level_ids.length) return new StepResponse(messages)
    const inventory = container.resolve(Modules.INVENTORY)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const state = container.resolve<MarketplaceMessageModuleService>(
      MARKETPLACE_MESSAGE_MODULE
    )
    const levels = await inventory.listInventoryLevels({
      id: input.inventory_level_ids,
    })
    if (!levels.length) return new StepResponse(messages)

    const { data: items } = (await query.graph({
      entity: "inventory_item",
      fields: [
        "id",
        "variants.id",
        "variants.title",
        "variants.sku",
        "variants.manage_inventory",
        "variants.product.title",
        "variants.product.seller.id",
        "variants.product.seller.name",
        "variants.product.seller.email",
        "variants.product.seller.metadata",
      ],
      filters: { id: [...new Set(levels.map((l) => l.inventory_item_id))] },
    })) as { data: Row[] }
    const itemById = new Map(items.map((i) => [i.id, i]))

    for (const level of levels) {
      const variant = (
        (itemById.get(level.inventory_item_id)?.variants ?? []) as Row[]
      ).find((v) => v && v.manage_inventory !== false && v.product?.seller?.id)
      if (!variant) continue
      const seller = variant.product.seller as Row
      const available =
        num(level.stocked_quantity) - num(level.reserved_quantity)
      if (available >= LOW_STOCK_THRESHOLD) {
        await state.clearLowStock(level.inventory_item_id, level.location_id)
        continue
      }
      if (!seller.email) continue
      const crossing = await state.markLowStock(
        level.inventory_item_id,
        level.location_id
      )
      messages.push({
        template: NotificationTemplates.LOW_STOCK_SELLER,
        to: seller.email,
        locale: resolveLocale(seller.metadata?.locale),
        idempotency_key: `low-stock:${level.inventory_item_id}:${level.location_id}:${crossing}`,
        resource_type: "inventory_level",
        resource_id: level.id,
        data: {
          seller_name: seller.name,
          product_title: variant.product.title ?? "",
          variant_title: variant.title ?? null,
          sku: variant.sku ?? null,
          available,
          threshold: LOW_STOCK_THRESHOLD,
        },
      })
    }
    return new StepResponse(messages)
  }
)
