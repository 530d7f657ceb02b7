import {
  dueReportWeek,
  reportWeekOf,
  weeklyReportKey,
} from "../utils/report-week"

const JKT = "Asia/Jakarta" // UTC+7, no daylight saving

describe("dueReportWeek", () => {
  it("from Monday 09:00 Jakarta names the week just ended", () => {
    // Monday 2026-11-30 09:00 WIB = 02:00 UTC
    expect(dueReportWeek(new Date("2026-11-30T02:00:00Z"), JKT)).toEqual({
      week_start: "2026-11-23",
      week_end: "2026-11-29",
    })
    // later in that week (Sunday 23:59 WIB) it is still the same week
    expect(dueReportWeek(new Date("2026-12-06T16:59:00Z"), JKT)).toEqual({
      week_start: "2026-11-23",
      week_end: "2026-11-29",
    })
  })

  it("before Monday 09:00 Jakarta it still names the week before", () => {
    // Monday 2026-11-30 08:59 WIB
    expect(dueReportWeek(new Date("2026-11-30T01:59:00Z"), JKT)).toEqual({
      week_start: "2026-11-16",
      week_end: "2026-11-22",
    })
    // Sunday 2026-11-29 23:30 UTC is already Monday 06:30 in Jakarta
    expect(dueReportWeek(new Date("2026-11-29T23:30:00Z"), JKT)).toEqual({
      week_start: "2026-11-16",
      week_end: "2026-11-22",
    })
  })

  it("reads the hour in the store's time zone, not the server's", () => {
    // Monday 2026-11-30 02:00 UTC is 09:00 in Jakarta but 21:00 Sunday in New York
    const now = new Date("2026-11-30T02:00:00Z")
    expect(dueReportWeek(now, "America/New_York").week_start).toBe("2026-11-16")
    expect(dueReportWeek(now, "UTC").week_start).toBe("2026-11-16")
  })

  it("crosses a year end", () => {
    // Monday 2027-01-04 10:00 WIB
    expect(dueReportWeek(new Date("2027-01-04T03:00:00Z"), JKT)).toEqual({
      week_start: "2026-12-28",
      week_end: "2027-01-03",
    })
  })
})

describe("reportWeekOf / weeklyReportKey", () => {
  it("takes a Monday only", () => {
    expect(reportWeekOf("2026-11-23")).toEqual({
      week_start: "2026-11-23",
      week_end: "2026-11-29",
    })
    expect(() => reportWeekOf("2026-11-24")).toThrow(/Monday/)
  })

  it("names the seller and the week", () => {
    expect(weeklyReportKey("sel_1", reportWeekOf("2026-11-23"))).toBe(
      "weekly-report:sel_1:2026-11-23"
    )
  })
})
