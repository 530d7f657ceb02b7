import type { MedusaContainer } from "@medusajs/framework/types"
import { VoucherModules } from "../types"
import type VouchersModuleService from "../modules/vouchers/service"
import { cleanupPurchasesWorkflow } from "../workflows/vouchers/workflows/maintenance"

/** Hourly: paid-but-pending purchases are generated, abandoned ones failed, old failed ones archived. */
export default async function cleanupPurchasesJob(container: MedusaContainer) {
  const vouchers: VouchersModuleService = container.resolve(
    VoucherModules.VOUCHERS
  )
  const { abandoned_after_hours, failed_retention_days } = vouchers.getOptions()
  await cleanupPurchasesWorkflow(container).run({
    input: { abandoned_after_hours, failed_retention_days },
  })
}

export const config = {
  name: "vouchers-cleanup-purchases",
  schedule: "17 * * * *",
}
