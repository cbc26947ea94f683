/**
 * Find the contest's date: the main table's caption, the infobox, a label line, the prose.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import type {InfoboxEntryNode} from '../parse/mdast-wiki.js'
import type {ArticleText} from './article-parts.js'
import {findDates, findMonthDays, readDateValue, type FoundDate} from './parse-date.js'
import {stripFootnotes} from './strip-footnotes.js'

/** The date and year found. */
export interface ContestDate {
  /** `YYYY-MM-DD`, or null for ranges, a year alone or nothing. */
  date: string | null
  /** The year the date sources give, when they give one. */
  year: number | null
}

/** What the date extractor reads. */
export interface DateSources {
  /** Main table's caption text. */
  caption: string | null
  /** The infobox `Election Date` entry. */
  infoboxDate: InfoboxEntryNode | undefined
  /** The contest's party, to pick its date from `March 6 (Republican), June 6 (Democratic)`. */
  party: string | null
  /** Year in the title, to reject prose dates of other years. */
  titleYear: number | null
  /** Section of the main table, whose label lines come first. */
  section: string | null
  /** Paragraphs in order. */
  texts: readonly ArticleText[]
}

/** A label line: `Caucus date: March 8, 2008`, `Primary date: May 3, 2008`. */
const dateLabel = /^[\p{L} ]{0,40}\bdate\s*:/iu

/**
 * The contest's date. A date in the main table's caption names that table's contest and so
 * comes first; then the infobox, whose range or year alone is final (`date: null`); then a
 * label line, the main table's section first; then the first prose date of the title's year
 * that is not part of a range.
 */
export function extractDate(sources: DateSources, file: VFile): ContestDate {
  // A caption's date names its table's contest, unless it dates the figures (`as of ...`).
  const caption = sources.caption && !asOf.test(sources.caption) ? sources.caption : null
  const fromCaption = caption ? single(findDates(stripFootnotes(caption))) : null
  if (fromCaption) return {date: fromCaption.iso, year: fromCaption.year}
  const entry = sources.infoboxDate
  if (entry && entry.value.trim() !== '') {
    const reading = readDateValue(entry.value)
    if (reading.kind === 'date') {
      checkLeadDate(sources, entry, reading.iso, file)
      return {date: reading.iso, year: reading.year}
    }
    if (reading.kind === 'range') {
      const picked = sources.party ? dateForParty(entry.value, sources.party) : null
      return picked ? {date: picked.iso, year: picked.year} : {date: null, year: reading.year}
    }
    if (reading.kind === 'year') return {date: null, year: reading.year}
    report(file, `Expected the election date to be a date such as \`April 17, 2004\`, got \`${entry.value}\``, entry.position, 'date-not-parsed')
  }
  const labels = sources.texts.filter((text) => dateLabel.test(text.text))
  const ordered = [...labels.filter((text) => text.section === sources.section), ...labels]
  for (const label of ordered) {
    const reading = readDateValue(label.text.slice(label.text.indexOf(':') + 1))
    if (reading.kind === 'date') return {date: reading.iso, year: reading.year}
  }
  const fromProse = proseDates(sources)
  const best = fromProse.find((found) => found.aboutContest) ?? fromProse[0] ?? monthDayInProse(sources)
  return best ? {date: best.iso, year: best.year} : {date: null, year: null}
}

/** A sentence that says when the contest was held: `were held on`, `held their caucuses on`. */
const heldWords = /\b(?:held|took place)\b/i

/** How much of the lead's sentence a `date-mismatch` message quotes, at most. */
const quoteLength = 60

/** The text right before a date that a sentence gives as the day something happened. */
const onBefore = /\bon\s+$/i

/**
 * Warn when the lead says the contest was held on another day than the infobox's date
 * (`held their 2008 caucuses on January 5, 2008` under `Election Date: January 8, 2008`).
 * The infobox's date is kept; the first such sentence of the lead is the one compared.
 */
function checkLeadDate(sources: DateSources, entry: InfoboxEntryNode, iso: string, file: VFile): void {
  for (const text of sources.texts) {
    if (text.section !== null || dateLabel.test(text.text)) continue
    for (const found of findDates(text.text)) {
      if (!heldWords.test(sentenceAround(text.text, found)) || !onBefore.test(text.text.slice(Math.max(0, found.index - 4), found.index)) || inRange(text.text, found)) continue
      if (found.iso !== iso) {
        // The sentence up to the date, its last few words when it is long.
        const start = text.text.lastIndexOf('. ', found.index) + 1
        const cut = Math.max(start, found.end - quoteLength)
        const said = cut === start ? text.text.slice(start, found.end).trim() : `…${text.text.slice(text.text.indexOf(' ', cut) + 1, found.end)}`
        report(file, `Expected the lead to give the infobox's date \`${entry.value.trim()}\`, got \`${said}\``, entry.position, 'date-mismatch')
      }
      return
    }
  }
}

/** Words before a caption's date that make it the date of the figures, not of the contest. */
const asOf = /\b(?:as of|updated|through|until)\b/i

/**
 * A month and day in a sentence about the contest (`were held on April 17`), completed with
 * the title's year, when the prose gives no full date.
 */
function monthDayInProse(sources: DateSources): FoundDate | undefined {
  if (sources.titleYear === null) return undefined
  for (const text of sources.texts) {
    if (dateLabel.test(text.text)) continue
    for (const found of findMonthDays(text.text, sources.titleYear)) {
      if (!inRange(text.text, found) && contestWords.test(sentenceAround(text.text, found))) return found
    }
  }
  return undefined
}

/** Words of a sentence that tells when the contest was held. */
const contestWords = /\b(?:held|took place|hold|holds|caucus|caucused|caucuses|primary|convention|voted|vote|election)\b/i

/** Dates in the prose of the title's year that are not ends of a range, in order. */
function proseDates(sources: DateSources): (FoundDate & {aboutContest: boolean})[] {
  const dates: (FoundDate & {aboutContest: boolean})[] = []
  for (const text of sources.texts) {
    if (dateLabel.test(text.text)) continue
    for (const found of findDates(text.text)) {
      if (sources.titleYear !== null && found.year !== sources.titleYear) continue
      if (inRange(text.text, found)) continue
      dates.push({...found, aboutContest: contestWords.test(sentenceAround(text.text, found))})
    }
  }
  return dates
}

/** The sentence of `text` that holds `found`. */
function sentenceAround(text: string, found: FoundDate): string {
  const start = text.lastIndexOf('. ', found.index) + 1
  const stop = text.indexOf('. ', found.end)
  return text.slice(start, stop === -1 ? text.length : stop)
}

function single(dates: readonly FoundDate[]): FoundDate | null {
  const [first, ...others] = dates
  return first && others.every((other) => other.iso === first.iso) ? first : null
}

/**
 * The date that `party` follows in `value`: `March 6, 2016 (Republican), June 6, 2016
 * (Democratic)`. Each date owns the text up to the next date, since the commas inside
 * `March 6, 2016` cannot tell the parts apart.
 */
function dateForParty(value: string, party: string): FoundDate | null {
  const lower = party.toLowerCase()
  const dates = findDates(value)
  for (const [at, found] of dates.entries()) {
    const next = dates[at + 1]?.index ?? value.length
    if (value.slice(found.end, next).toLowerCase().includes(lower)) return found
  }
  return null
}

/** Words before a date that make it one end of a range. */
const rangeBefore = /\b(?:between|from)\s+(?:\S+\s+){0,3}$/i
/**
 * Text right after a date that makes it the start of a range: a dash, or `to`, `until`,
 * `through` before another day (`to January 30, 2008`, `through 9`). `took place on
 * March 14, 2000 to select ... delegates` names one day: the `to` starts a purpose.
 */
const rangeAfter = /^\s*(?:[-–—]|(?:to|until|through)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))/i
/** Text right before a date that makes it the end of a range: `May 1, 2008 to May 3, 2008`. */
const rangeEnd = /(?:[-–—]|\bto|\buntil|\bthrough)\s*$/i

function inRange(text: string, found: FoundDate): boolean {
  const before = text.slice(Math.max(0, found.index - 40), found.index)
  const after = text.slice(found.end, found.end + 12)
  const between = before.trimEnd().toLowerCase().endsWith(' and') && /\bbetween\b/i.test(before)
  return between || rangeBefore.test(before) || rangeEnd.test(before) || rangeAfter.test(after)
}
