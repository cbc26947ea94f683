/**
 * Writing an ISO date the way articles do.
 */

/** English month names, January first. */
const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'
] as const

/** An ISO calendar date (`2004-04-17`). */
const isoDate = /^(\d{4})-(\d\d)-(\d\d)$/

/**
 * `2004-04-17` as `April 17, 2004`, or null when `iso` is not a `YYYY-MM-DD` date with a
 * month from 01 to 12 and a day from 01 to 31. No locale is involved.
 */
export function formatLongDate(iso: string): string | null {
  const match = isoDate.exec(iso)
  if (!match) return null
  const [, year, month, day] = match
  const monthName = monthNames[Number(month) - 1]
  const dayNumber = Number(day)
  if (monthName === undefined || dayNumber < 1 || dayNumber > 31) return null
  return `${monthName} ${dayNumber}, ${year}`
}
