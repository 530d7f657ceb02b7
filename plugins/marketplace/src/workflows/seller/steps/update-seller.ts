import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MarketplaceModules } from "../../../types"
import type SellerModuleService from "../../../modules/seller/service"

export type UpdateSellerStepInput = {
  id: string
  update: Record<string, unknown>
}

export const updateSellerStepId = "marketplace-update-seller-step"

/** Updates a seller's fields; compensation restores the previous values. */
export const updateSellerStep = createStep(
  updateSellerStepId,
  async ({ id, update }: UpdateSellerStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(
      MarketplaceModules.SELLER
    )
    const keys = Object.keys(update)
    const previous = (await service.retrieveSeller(id, {
      select: ["id", ...keys],
    })) as unknown as Record<string, unknown>
    const restore = {
      id,
      ...Object.fromEntries(keys.map((k) => [k, previous[k]])),
    }
    const seller = await service.updateSellers({ id, ...update })
    return new StepResponse(seller, restore)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: SellerModuleService = container.resolve(
      MarketplaceModules.SELLER
    )
    await service.updateSellers(previous as { id: string })
  }
)
