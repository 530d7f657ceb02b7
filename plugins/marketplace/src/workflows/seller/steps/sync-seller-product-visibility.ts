import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SellerStatus } from "../../../types"

export type SyncSellerProductVisibilityStepInput = {
  seller_id: string
  status: SellerStatus
}

type ProductChannelLink = {
  [Modules.PRODUCT]: { product_id: string }
  [Modules.SALES_CHANNEL]: { sales_channel_id: string }
}

type Changes = {
  created: ProductChannelLink[]
  dismissed: ProductChannelLink[]
}

export const syncSellerProductVisibilityStepId =
  "marketplace-sync-seller-product-visibility-step"

/**
 * Shopper visibility follows the seller's status: an active seller's products
 * are in the store's default sales channel, a pending or suspended seller's are
 * not. Only the missing (or superfluous) links are written, and compensation
 * undoes exactly those.
 */
export const syncSellerProductVisibilityStep = createStep(
  syncSellerProductVisibilityStepId,
  async (input: SyncSellerProductVisibilityStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const none: Changes = { created: [], dismissed: [] }

    const {
      data: [store],
    } = await query.graph({
      entity: "store",
      fields: ["id", "default_sales_channel_id"],
    })
    const channelId = store?.default_sales_channel_id
    if (!channelId) return new StepResponse(none, none)

    const {
      data: [seller],
    } = await query.graph({
      entity: "seller",
      fields: ["id", "products.id", "products.sales_channels.id"],
      filters: { id: input.seller_id },
    })
    const products = (seller?.products ?? []).filter(Boolean) as {
      id: string
      sales_channels?: ({ id: string } | null)[] | null
    }[]
    const inChannel = (p: (typeof products)[number]) =>
      (p.sales_channels ?? []).some((sc) => sc?.id === channelId)
    const toLink = (productId: string): ProductChannelLink => ({
      [Modules.PRODUCT]: { product_id: productId },
      [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
    })

    const changes: Changes = { created: [], dismissed: [] }
    if (input.status === "active") {
      changes.created = products
        .filter((p) => !inChannel(p))
        .map((p) => toLink(p.id))
      if (changes.created.length) await link.create(changes.created)
    } else {
      changes.dismissed = products.filter(inChannel).map((p) => toLink(p.id))
      if (changes.dismissed.length) await link.dismiss(changes.dismissed)
    }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.created.length) await link.dismiss(changes.created)
    if (changes.dismissed.length) await link.create(changes.dismissed)
  }
)
