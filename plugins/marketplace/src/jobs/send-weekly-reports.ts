import type { MedusaContainer } from "@medusajs/framework/types"
import { sendWeeklyReportsWorkflow } from "../workflows/weekly-report/workflows/send-weekly-reports"

/**
 * The weekly sales report, Mondays from 09:00 store time (the analytics time
 * zone, Asia/Jakarta by default). Cron runs in the server's clock, so the
 * job runs hourly and the workflow sends only the week that is due and not
 * yet sent: the report goes out at the first run after Monday 09:00 store
 * time, whatever the server's time zone, and a worker that was down then
 * catches up on its next run.
 */
export default async function sendWeeklyReportsJob(container: MedusaContainer) {
  await sendWeeklyReportsWorkflow(container).run({
    input: { now: new Date().toISOString() },
  })
}

export const config = {
  name: "marketplace-send-weekly-reports",
  schedule: "0 * * * *",
}
