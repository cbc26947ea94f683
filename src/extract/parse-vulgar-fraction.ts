/**
 * Read counts written with a fraction sign, as Wikipedia writes half delegates.
 */
import {stripFootnotes} from './strip-footnotes.js'
import {vulgarFractions} from './vulgar-fractions.js'

/** Whole part, then one fraction sign: `4½`, `½`, `2 ¼`, `1,024½`. */
const vulgarFractionPattern = /^(\d{1,3}(?:,\d{3})*|\d+)?\s?([½¼¾])$/

/**
 * Read a count such as `4½` (footnote markers stripped) as `4.5`, or null when the text is
 * not a whole number followed by one fraction sign.
 */
export function parseVulgarFraction(text: string): number | null {
  const match = vulgarFractionPattern.exec(stripFootnotes(text).trim())
  if (!match) return null
  const whole = match[1] === undefined ? 0 : Number(match[1].replaceAll(',', ''))
  const sign = match[2] as keyof typeof vulgarFractions
  return whole + vulgarFractions[sign]
}
