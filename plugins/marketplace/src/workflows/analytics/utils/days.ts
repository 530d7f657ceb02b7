/**
 * Calendar days in a time zone, with `Intl` only. A day is `YYYY-MM-DD`;
 * arithmetic on days is done in UTC on the date itself (no clock involved),
 * and only `localDay` / `dayStart` translate between days and instants.
 */

const DAY_MS = 86_400_000
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

const dayFormats = new Map<string, Intl.DateTimeFormat>()
const partFormats = new Map<string, Intl.DateTimeFormat>()

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return d.toISOString().slice(0, 10) === value
}

/** The calendar day (in `timeZone`) of an instant. */
export function localDay(instant: Date | string | number, timeZone: string) {
  let format = dayFormats.get(timeZone)
  if (!format) {
    // en-CA formats as YYYY-MM-DD
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    })
    dayFormats.set(timeZone, format)
  }
  return format.format(new Date(instant))
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms. */
function offsetMs(instant: number, timeZone: string): number {
  let format = partFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    partFormats.set(timeZone, format)
  }
  const p = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((x) => [x.type, x.value])
  )
  const wall = Date.UTC(
    +p.year,
    +p.month - 1,
    +p.day,
    +p.hour,
    +p.minute,
    +p.second
  )
  return wall - Math.floor(instant / 1000) * 1000
}

/** The instant `day` begins (00:00) in `timeZone`. */
export function dayStart(day: string, timeZone: string): Date {
  const m = DAY_RE.exec(day)
  if (!m) throw new Error(`not a day: ${day}`)
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3])
  let t = wall - offsetMs(wall, timeZone)
  // across a DST change the offset at midnight differs from the guess's
  const second = offsetMs(t, timeZone)
  if (wall - second !== t) t = wall - second
  return new Date(t)
}

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`)
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS)
}

/** Days from `from` to `to`, both included (empty when `to` < `from`). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = toUtc(from); t <= toUtc(to); t += DAY_MS) out.push(fromUtc(t))
  return out
}

/** The Monday of `day`'s week (weeks run Monday to Sunday). */
export function weekStart(day: string): string {
  const weekday = new Date(toUtc(day)).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}

export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`
}

/**
 * The same span one month earlier: from the previous month's first day to
 * its day-of-month of `day` (cut to that month's last day: 31 March → 28/29
 * February).
 */
export function previousMonthToDate(day: string): { from: string; to: string } {
  const [y, m, d] = day.split("-").map(Number)
  const first = new Date(Date.UTC(y, m - 2, 1))
  const lastDay = new Date(Date.UTC(y, m - 1, 0)).getUTCDate()
  const from = fromUtc(first.getTime())
  return {
    from,
    to: `${from.slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, "0")}`,
  }
}
