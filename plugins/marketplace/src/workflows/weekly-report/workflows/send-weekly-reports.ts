import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "../../notifications/steps/send-notifications"
import {
  type PrepareWeeklyReportInput,
  prepareWeeklyReportMessagesStep,
} from "../steps/prepare-weekly-report-messages"

export const sendWeeklyReportsWorkflowId = "marketplace-send-weekly-reports"

/**
 * The weekly sales report: every active seller gets last week's figures
 * (Monday to Sunday, store time) by e-mail, once per week — each message
 * carries the key `weekly-report:<seller>:<week start>`, so a repeated run,
 * a retry or a restart never sends the same week twice. Input `now` picks
 * the due week (see `dueReportWeek`), `week_start` names one.
 */
export const sendWeeklyReportsWorkflow = createWorkflow(
  sendWeeklyReportsWorkflowId,
  (input: PrepareWeeklyReportInput) => {
    const prepared = prepareWeeklyReportMessagesStep(input)
    const outcomes = sendNotificationsStep(
      transform({ prepared }, ({ prepared }) => ({
        messages: prepared.messages,
      }))
    )
    return new WorkflowResponse(
      transform({ prepared, outcomes }, ({ prepared, outcomes }) => ({
        week: prepared.week,
        outcomes,
      }))
    )
  }
)
