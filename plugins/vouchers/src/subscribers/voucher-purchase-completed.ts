import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { VoucherEvents, VoucherModules } from "../types"
import type VouchersModuleService from "../modules/vouchers/service"
import { deliverPurchaseWorkflow } from "../workflows/vouchers/workflows/deliver-purchase"

/** Vouchers were created: send them to the buyer (round "initial": once). */
export default async function voucherPurchaseCompleted({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  await deliverPurchaseWorkflow(container).run({
    input: {
      purchase_id: data.id,
      round: "initial",
      channels: vouchers.getOptions().delivery_channels,
    },
  })
}

export const config: SubscriberConfig = {
  event: VoucherEvents.PURCHASE_COMPLETED,
  context: { subscriberId: "vouchers-purchase-completed-deliver" },
}
