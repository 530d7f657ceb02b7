import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MESSAGE_MODULE } from "../../../modules/marketplace-message"
import type MarketplaceMessageModuleService from "../../../modules/marketplace-message/service"
import {
  deliverMessage,
  type MessageRow,
  type SendOutcome,
} from "../utils/send"

export type ResendFailedMessagesInput = {
  /** Only messages whose last attempt is at least this old. Default 10 minutes. */
  older_than_ms?: number
  /** Give up on a message after this many attempts in all. Default 12. */
  max_attempts?: number
  limit?: number
}

/** Failed messages tried again (each under its key's lock, skipped if another run sent it meanwhile). */
export const resendFailedMessagesStep = createStep(
  "marketplace-resend-failed-messages-step",
  async (input: ResendFailedMessagesInput, { container }) => {
    const messages = container.resolve<MarketplaceMessageModuleService>(
      MARKETPLACE_MESSAGE_MODULE
    )
    const locking = container.resolve(Modules.LOCKING)
    const before = new Date(Date.now() - (input.older_than_ms ?? 10 * 60_000))
    const failed = (await messages.listMarketplaceMessages(
      {
        status: "failed",
        attempts: { $lt: input.max_attempts ?? 12 },
        last_attempt_at: { $lte: before },
      },
      { take: input.limit ?? 100, order: { last_attempt_at: "ASC" } }
    )) as unknown as MessageRow[]
    const outcomes: SendOutcome[] = []
    for (const candidate of failed) {
      outcomes.push(
        await locking.execute(
          `marketplace:message:${candidate.idempotency_key}`,
          async () => {
            const row = (await messages.retrieveMarketplaceMessage(
              candidate.id
            )) as unknown as MessageRow
            if (row.status === "sent") {
              return {
                idempotency_key: row.idempotency_key,
                message_id: row.id,
                status: "skipped" as const,
              }
            }
            return deliverMessage(container, row)
          },
          { timeout: 120 }
        )
      )
    }
    return new StepResponse(outcomes)
  }
)
