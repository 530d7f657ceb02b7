import type { MedusaContainer } from "@medusajs/framework/types"
import { resendFailedMessagesWorkflow } from "../workflows/notifications/workflows/notify"

/** Every 15 minutes: e-mails that failed every try are tried again (up to 12 attempts in all). */
export default async function resendFailedMessages(container: MedusaContainer) {
  await resendFailedMessagesWorkflow(container).run({ input: {} })
}

export const config = {
  name: "marketplace-resend-failed-messages",
  schedule: "*/15 * * * *",
}
