import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { SELLER_ACTOR_TYPE } from "../../../types"
import {
  findInvitedMemberStep,
  inviteSellerMemberStep,
  removeSellerMemberStep,
} from "../steps/seller-members"

export const inviteSellerMemberWorkflowId = "marketplace-invite-seller-member"
export const inviteSellerMemberWorkflow = createWorkflow(
  inviteSellerMemberWorkflowId,
  (input: { seller_id: string; email: string; name?: string | null }) =>
    new WorkflowResponse(inviteSellerMemberStep(input))
)

export const removeSellerMemberWorkflowId = "marketplace-remove-seller-member"
export const removeSellerMemberWorkflow = createWorkflow(
  removeSellerMemberWorkflowId,
  (input: { id: string }) => new WorkflowResponse(removeSellerMemberStep(input))
)

export const acceptSellerInviteWorkflowId = "marketplace-accept-seller-invite"

/** An invited person's new identity becomes that member's `seller` actor. */
export const acceptSellerInviteWorkflow = createWorkflow(
  acceptSellerInviteWorkflowId,
  (input: { auth_identity_id: string; email: string }) => {
    const member = findInvitedMemberStep({ email: input.email })
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: SELLER_ACTOR_TYPE,
      value: member.id,
    })
    return new WorkflowResponse(member)
  }
)
