/**
 * Read contest dates from infobox values, label lines and prose.
 */
import {stripFootnotes} from './strip-footnotes.js'

/** Month names and their numbers, with the usual abbreviations. */
export const monthNumbers: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12
}

/** A date found in a text, with where it was. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string
  /** The year. */
  year: number
  /** Offset of the match in the text. */
  index: number
  /** Offset past the match. */
  end: number
}

/** ISO dates: `2004-04-17`. */
const isoPattern = /\b(\d{4})-(\d{2})-(\d{2})\b/g
/** US dates: `April 17, 2004`, `Nov. 4, 1952`, `March 1st, 2016`. */
const usPattern = /\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/g
/** Day-first dates: `17 April 2004`, `1st March 2016`. */
const dayFirstPattern = /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Z][a-z]{2,8}),? (\d{4})\b/g

/** A month and day without a year: `April 17`, `March 1st`. */
const monthDayPattern = /\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?\b(?!,? \d)/g

/**
 * Dates written as a month and day without a year (`held on April 17`), completed with
 * `year`, in the order they occur.
 */
export function findMonthDays(text: string, year: number): FoundDate[] {
  const found: FoundDate[] = []
  for (const match of text.matchAll(monthDayPattern)) {
    const month = monthNumbers[(match[1] ?? '').toLowerCase()]
    if (month) push(found, year, month, Number(match[2]), match.index, match[0].length)
  }
  return found
}

/** Every full date in `text`, in the order they occur. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const match of text.matchAll(isoPattern)) {
    push(found, Number(match[1]), Number(match[2]), Number(match[3]), match.index, match[0].length)
  }
  for (const match of text.matchAll(usPattern)) {
    const month = monthNumbers[(match[1] ?? '').toLowerCase()]
    if (month) push(found, Number(match[3]), month, Number(match[2]), match.index, match[0].length)
  }
  for (const match of text.matchAll(dayFirstPattern)) {
    const month = monthNumbers[(match[2] ?? '').toLowerCase()]
    if (month) push(found, Number(match[3]), month, Number(match[1]), match.index, match[0].length)
  }
  return found.sort((a, b) => a.index - b.index)
}

/** What a date value says: one day, a range or list of days, a year alone, or nothing. */
export type DateReading =
  | {kind: 'date'; iso: string; year: number}
  | {kind: 'range'; year: number | null}
  | {kind: 'year'; year: number}
  | {kind: 'none'}

/** A range between two days: `November 1 - December 4, 1840`, `March 30 to April 1`. */
const rangePattern = /\d\s*(?:[-–—]|to|until|through)\s*(?:[a-z]{3,9}\.? )?\d|\bbetween\b/i

/** A year alone. */
const yearPattern = /\b(1[6-9]\d{2}|20\d{2}|21\d{2})\b/

/**
 * Read a date value such as an infobox `Election Date`: one full date gives `date`; ranges
 * and lists of days give `range` (with the year when there is one); a year alone gives `year`.
 */
export function readDateValue(text: string): DateReading {
  const value = stripFootnotes(text).trim()
  const dates = findDates(value)
  const yearMatch = yearPattern.exec(value)
  const year = yearMatch ? Number(yearMatch[1]) : null
  if (rangePattern.test(value.replace(isoPattern, 'D'))) return {kind: 'range', year: dates[0]?.year ?? year}
  const [first, ...others] = dates
  if (first && others.every((other) => other.iso === first.iso)) return {kind: 'date', iso: first.iso, year: first.year}
  if (first) return {kind: 'range', year: first.year}
  if (year !== null) return {kind: 'year', year}
  return {kind: 'none'}
}

function push(found: FoundDate[], year: number, month: number, day: number, index: number, length: number): void {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  found.push({iso, year, index, end: index + length})
}
