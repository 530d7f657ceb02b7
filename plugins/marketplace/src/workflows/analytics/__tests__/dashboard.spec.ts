import { percentChange, reportPeriods } from "../utils/dashboard"
import { dailySeries, sumFigures } from "../utils/figures"

const row = (day: string, orders: number, revenue: number) => ({
  seller_id: "sel_a",
  day,
  currency_code: "idr",
  orders,
  revenue,
  commission: revenue / 10,
})

describe("analytics dashboard helpers", () => {
  it("compares each period with the same span one period earlier", () => {
    // 2026-11-11 is a Wednesday
    expect(reportPeriods("2026-11-11")).toEqual({
      today: {
        current: { from: "2026-11-11", to: "2026-11-11" },
        previous: { from: "2026-11-10", to: "2026-11-10" },
      },
      week: {
        current: { from: "2026-11-09", to: "2026-11-11" },
        previous: { from: "2026-11-02", to: "2026-11-04" },
      },
      month: {
        current: { from: "2026-11-01", to: "2026-11-11" },
        previous: { from: "2026-10-01", to: "2026-10-11" },
      },
    })
    // a Monday's week is that day alone; 31 March's month compares with all of February
    expect(reportPeriods("2026-03-30").week.current.from).toBe("2026-03-30")
    expect(reportPeriods("2026-03-31").month.previous).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    })
  })

  it("gives the percent change with one decimal, null from 0", () => {
    expect(percentChange(550_000, 200_000)).toBe(175)
    expect(percentChange(183_333, 200_000)).toBe(-8.3)
    expect(percentChange(0, 200_000)).toBe(-100)
    expect(percentChange(100, 0)).toBeNull()
    expect(percentChange(0, 0)).toBeNull()
  })

  it("sums a range and lists every day of a series, zeros included", () => {
    const rows = [row("2026-11-09", 1, 100_000), row("2026-11-11", 2, 250_001)]
    expect(sumFigures(rows, "2026-11-09", "2026-11-11", 0)).toEqual({
      orders: 3,
      revenue: 350_001,
      commission: 35_000, // 35.000,1 in whole rupiah
      average_order_value: 116_667,
    })
    expect(dailySeries(rows, "2026-11-10", "2026-11-11", 0)).toEqual([
      {
        date: "2026-11-10",
        orders: 0,
        revenue: 0,
        commission: 0,
        average_order_value: 0,
      },
      {
        date: "2026-11-11",
        orders: 2,
        revenue: 250_001,
        commission: 25_000,
        average_order_value: 125_001, // 125.000,5 rounded half up
      },
    ])
  })
})
