import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { generatePaidPurchasesWorkflow } from "../workflows/vouchers/workflows/generate-paid-purchases"

/** A payment was captured: create the vouchers it pays for (once, however often the event comes). */
export default async function voucherPaymentCaptured({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await generatePaidPurchasesWorkflow(container).run({
    input: { payment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "vouchers-payment-captured" },
}
