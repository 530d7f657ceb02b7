import {
  addDays,
  dayStart,
  localDay,
  weekStart,
} from "../../analytics/utils/days"

/** The weekly report goes out on Mondays from this hour, store time. */
export const WEEKLY_REPORT_SEND_HOUR = 9

/** A reported week: Monday to Sunday, `YYYY-MM-DD` in store time. */
export type ReportWeek = { week_start: string; week_end: string }

/**
 * The week whose report is due at `now`: the last Monday-to-Sunday week
 * whose send time (the next Monday at WEEKLY_REPORT_SEND_HOUR, store time)
 * has passed. From Monday 09:00 that is the week just ended; before it,
 * still the week before. So a run at any time names exactly one week, and a
 * job that was down at 09:00 catches up on its next run.
 */
export function dueReportWeek(now: Date, timeZone: string): ReportWeek {
  const monday = weekStart(localDay(now, timeZone))
  const sendAt =
    dayStart(monday, timeZone).getTime() + WEEKLY_REPORT_SEND_HOUR * 3_600_000
  const start = addDays(monday, now.getTime() >= sendAt ? -7 : -14)
  return { week_start: start, week_end: addDays(start, 6) }
}

/** The report week starting on `monday` (which must be a Monday). */
export function reportWeekOf(monday: string): ReportWeek {
  if (weekStart(monday) !== monday) {
    throw new Error(`week_start must be a Monday, got ${monday}`)
  }
  return { week_start: monday, week_end: addDays(monday, 6) }
}

/** The idempotency key of one seller's report of one week: sent once. */
export function weeklyReportKey(sellerId: string, week: ReportWeek): string {
  return `weekly-report:${sellerId}:${week.week_start}`
}
