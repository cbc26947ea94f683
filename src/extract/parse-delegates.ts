/**
 * Read delegate counts, which may be fractions of a delegate.
 */
import {parseCount} from './parse-count.js'
import {figureText} from './figure-text.js'

/** A fractional delegate count: `2.5`, `0.5`, `12.25`, `.5` (no `%`). */
const fractionPattern = /^\d{0,6}\.\d{1,3}$/

/** A count with a vulgar fraction: `4½`, `½`, `2¼`. */
const vulgarPattern = /^(\d{0,6})([½¼¾])$/

/** The value of each vulgar fraction sign. */
const vulgarFractions: Readonly<Record<string, number>> = {'½': 0.5, '¼': 0.25, '¾': 0.75}

/**
 * Read a delegate count such as `57`, `1,024` or, where parties split delegates, `2.5` or
 * `4½`; null
 * when the text holds no count.
 */
export function parseDelegates(text: string): number | null {
  const count = parseCount(text)
  if (count !== null) return count
  const value = figureText(text)
  if (fractionPattern.test(value)) return Number(value)
  const vulgar = vulgarPattern.exec(value)
  if (!vulgar) return null
  return Number(vulgar[1] || '0') + (vulgarFractions[vulgar[2] as string] ?? 0)
}
