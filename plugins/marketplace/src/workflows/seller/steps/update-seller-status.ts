import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  canChangeSellerStatus,
  MarketplaceModules,
  type SellerStatus,
} from "../../../types"
import type SellerModuleService from "../../../modules/seller/service"

export type UpdateSellerStatusStepInput = {
  id: string
  status: SellerStatus
  /**
   * The statuses the caller's action applies to (e.g. "reactivate" only to
   * suspended sellers). Narrows the transition table; never widens it.
   */
  allowed_from?: SellerStatus[]
}

export type SellerStatusChange = {
  id: string
  from: SellerStatus
  to: SellerStatus
}

export const updateSellerStatusStepId = "marketplace-update-seller-status-step"

/**
 * Checks the change against SELLER_STATUS_TRANSITIONS and sets the new status.
 * Compensation puts the previous status back.
 */
export const updateSellerStatusStep = createStep(
  updateSellerStatusStepId,
  async (input: UpdateSellerStatusStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(
      MarketplaceModules.SELLER
    )
    const seller = await service.retrieveSeller(input.id, {
      select: ["id", "status"],
    })
    const from = seller.status as SellerStatus
    const to = input.status

    const legal =
      canChangeSellerStatus(from, to) &&
      (!input.allowed_from || input.allowed_from.includes(from))
    if (!legal) {
      const hint =
        canChangeSellerStatus(from, to) && input.allowed_from
          ? ` (this action applies to ${input.allowed_from.join(" or ")} sellers)`
          : ""
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot change seller status from ${from} to ${to}${hint}`
      )
    }

    await service.updateSellers({ id: input.id, status: to })
    const change: SellerStatusChange = { id: input.id, from, to }
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change) return
    const service: SellerModuleService = container.resolve(
      MarketplaceModules.SELLER
    )
    await service.updateSellers({ id: change.id, status: change.from })
  }
)
