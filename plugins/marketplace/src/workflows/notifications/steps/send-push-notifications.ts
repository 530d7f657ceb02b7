import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type PushMessageInput, sendPush } from "../utils/push"

export type SendPushNotificationsStepInput = { pushes: PushMessageInput[] }

export const sendPushNotificationsStepId =
  "marketplace-send-push-notifications-step"

/**
 * Sends each push once (see sendPush), the browsers of one shopper side by
 * side. A failed push does not fail the workflow (its notification rows
 * record the attempts); a subscription its push service calls gone is
 * deleted. Nothing to undo: a delivered push cannot be taken back.
 */
export const sendPushNotificationsStep = createStep(
  sendPushNotificationsStepId,
  async (input: SendPushNotificationsStepInput, { container }) => {
    const outcomes = await Promise.all(
      input.pushes.map((push) => sendPush(container, push))
    )
    return new StepResponse(outcomes)
  }
)
