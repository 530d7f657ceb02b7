import type { MedusaContainer } from "@medusajs/framework/types"
import { expireVouchersWorkflow } from "../workflows/vouchers/workflows/maintenance"

/** Every 10 minutes: vouchers past their validity are removed from their routers and marked expired. */
export default async function expireVouchersJob(container: MedusaContainer) {
  await expireVouchersWorkflow(container).run({ input: {} })
}

export const config = {
  name: "vouchers-expire-vouchers",
  schedule: "*/10 * * * *",
}
