import {
  addDays,
  dayStart,
  daysBetween,
  isDay,
  localDay,
  monthStart,
  previousMonthToDate,
  weekStart,
} from "../utils/days"

describe("analytics days", () => {
  it("reads the calendar day of an instant in the store's time zone", () => {
    // 16:59:59Z is 23:59:59 in Jakarta (UTC+7), 17:00Z the next midnight
    expect(localDay("2026-11-10T16:59:59.000Z", "Asia/Jakarta")).toBe(
      "2026-11-10"
    )
    expect(localDay("2026-11-10T17:00:00.000Z", "Asia/Jakarta")).toBe(
      "2026-11-11"
    )
    expect(localDay("2026-11-10T17:00:00.000Z", "UTC")).toBe("2026-11-10")
  })

  it("finds the instant a day begins, also across a DST change", () => {
    expect(dayStart("2026-11-11", "Asia/Jakarta").toISOString()).toBe(
      "2026-11-10T17:00:00.000Z"
    )
    // New York: EST (UTC-5) on 8 March 2026 at 00:00, EDT from 02:00
    expect(dayStart("2026-03-08", "America/New_York").toISOString()).toBe(
      "2026-03-08T05:00:00.000Z"
    )
    expect(dayStart("2026-03-09", "America/New_York").toISOString()).toBe(
      "2026-03-09T04:00:00.000Z"
    )
  })

  it("does day arithmetic on dates", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28")
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
      "2026-03-02",
    ])
    expect(daysBetween("2026-03-02", "2026-03-01")).toEqual([])
    // 2026-11-15 is a Sunday, 2026-11-16 a Monday
    expect(weekStart("2026-11-15")).toBe("2026-11-09")
    expect(weekStart("2026-11-16")).toBe("2026-11-16")
    expect(monthStart("2026-11-15")).toBe("2026-11-01")
    expect(previousMonthToDate("2026-11-15")).toEqual({
      from: "2026-10-01",
      to: "2026-10-15",
    })
    expect(previousMonthToDate("2026-03-31")).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    })
    expect(previousMonthToDate("2026-01-10")).toEqual({
      from: "2025-12-01",
      to: "2025-12-10",
    })
  })

  it("accepts only real YYYY-MM-DD dates", () => {
    expect(isDay("2026-02-28")).toBe(true)
    expect(isDay("2026-02-30")).toBe(false)
    expect(isDay("2026-2-3")).toBe(false)
    expect(isDay("yesterday")).toBe(false)
  })
})
