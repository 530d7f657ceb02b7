import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MarketplaceModules } from "../../../types"
import type SellerModuleService from "../../../modules/seller/service"

const service = (container: { resolve: (k: string) => unknown }) =>
  container.resolve(MarketplaceModules.SELLER) as SellerModuleService

export const inviteSellerMemberStepId = "marketplace-invite-seller-member-step"

/**
 * Adds a member (role "member") to a seller. The person joins by signing up
 * with that e-mail and accepting (`POST /vendor/invites/accept`).
 */
export const inviteSellerMemberStep = createStep(
  inviteSellerMemberStepId,
  async (
    input: { seller_id: string; email: string; name?: string | null },
    { container }
  ) => {
    const email = input.email.trim().toLowerCase()
    const [existing] = await service(container).listSellerMembers(
      { email },
      { select: ["id"] }
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `email: ${email} already belongs to a seller`
      )
    }
    const member = await service(container).createSellerMembers({
      seller_id: input.seller_id,
      email,
      name: input.name ?? null,
      role: "member",
    })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (memberId) await service(container).deleteSellerMembers(memberId)
  }
)

export const removeSellerMemberStepId = "marketplace-remove-seller-member-step"

/** Removes a member; the owner cannot be removed. Compensation restores it. */
export const removeSellerMemberStep = createStep(
  removeSellerMemberStepId,
  async (input: { id: string }, { container }) => {
    const member = await service(container).retrieveSellerMember(input.id)
    if (member.role === "owner") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The owner of a seller cannot be removed"
      )
    }
    await service(container).softDeleteSellerMembers(input.id)
    return new StepResponse({ id: input.id }, input.id)
  },
  async (memberId, { container }) => {
    if (memberId) await service(container).restoreSellerMembers(memberId)
  }
)

export const findInvitedMemberStepId = "marketplace-find-invited-member-step"

/** The member row invited for this e-mail (404 when nobody invited it). */
export const findInvitedMemberStep = createStep(
  findInvitedMemberStepId,
  async (input: { email: string }, { container }) => {
    const [member] = await service(container).listSellerMembers({
      email: input.email.trim().toLowerCase(),
      role: "member",
    })
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No seller has invited ${input.email}`
      )
    }
    return new StepResponse(member)
  }
)
