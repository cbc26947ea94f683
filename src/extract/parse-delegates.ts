/**
 * Read delegate counts, which may be fractions of a delegate.
 */
import {parseCount} from './parse-count.js'
import {parseVulgarFraction} from './parse-vulgar-fraction.js'
import {stripFootnotes} from './strip-footnotes.js'

/** A fractional delegate count: `2.5`, `0.5`, `12.25`, `.5` (no `%`). */
const fractionPattern = /^(?:\d{1,6})?\.\d{1,3}$/

/**
 * Read a delegate count such as `57`, `1,024` or, where parties split delegates, `2.5` or
 * `4½`; null when the text holds no count.
 */
export function parseDelegates(text: string): number | null {
  const count = parseCount(text)
  if (count !== null) return count
  const value = stripFootnotes(text).trim()
  if (fractionPattern.test(value)) return Number(value)
  return parseVulgarFraction(value)
}
