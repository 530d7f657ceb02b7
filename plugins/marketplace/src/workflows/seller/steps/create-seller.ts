import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type SellerModuleService from "../../../modules/seller/service"

export type CreateSellerStepInput = {
  seller: {
    name: string
    handle: string
    email: string
    phone?: string | null
    description?: string | null
    address_1?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string
    logo_url?: string | null
  }
  owner: { email: string; name?: string | null }
}

export const createSellerStepId = "marketplace-create-seller-step"

/** Creates a pending seller and its owner member; compensation deletes both. */
export const createSellerStep = createStep(
  createSellerStepId,
  async (input: CreateSellerStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(
      MarketplaceModules.SELLER
    )

    const [taken] = await service.listSellers(
      { handle: input.seller.handle },
      { select: ["id"] }
    )
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `handle: "${input.seller.handle}" is already used by another seller`
      )
    }
    const [member] = await service.listSellerMembers(
      { email: input.owner.email },
      { select: ["id"] }
    )
    if (member) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `email: ${input.owner.email} already belongs to a seller`
      )
    }

    const seller = await service.createSellers({
      ...input.seller,
      status: "pending",
    })
    const owner = await service.createSellerMembers({
      ...input.owner,
      role: "owner",
      seller_id: seller.id,
    })
    return new StepResponse({ seller, owner }, seller.id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) return
    const service: SellerModuleService = container.resolve(
      MarketplaceModules.SELLER
    )
    await service.deleteSellers(sellerId)
  }
)
