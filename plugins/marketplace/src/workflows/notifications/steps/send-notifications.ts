import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MarketplaceMessageInput } from "../../../notifications/types"
import { sendMessage, type SendOutcome } from "../utils/send"

export type SendNotificationsStepInput = { messages: MarketplaceMessageInput[] }

export const sendNotificationsStepId = "marketplace-send-notifications-step"

/**
 * Renders and sends each message once (idempotency key), with retries and a
 * logged failure per attempt (see sendMessage). A failed e-mail does not fail
 * the workflow that sends it: it stays `failed` in the message log and the
 * `marketplace-resend-failed-messages` job tries it again later. Nothing to
 * undo: a sent e-mail cannot be taken back.
 */
export const sendNotificationsStep = createStep(
  sendNotificationsStepId,
  async (input: SendNotificationsStepInput, { container }) => {
    const outcomes: SendOutcome[] = []
    for (const message of input.messages) {
      outcomes.push(await sendMessage(container, message))
    }
    return new StepResponse(outcomes)
  }
)
