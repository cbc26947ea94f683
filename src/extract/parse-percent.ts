/**
 * Read percentages from cell text.
 */
import {figureText} from './figure-text.js'
import {stripFootnotes} from './strip-footnotes.js'

/** A share: `51.06%`, `51.06`, `.01%`, `0%`, `100.00 %`, `-5.61%`. */
const percentPattern = /^[-−]?(?:\d+(?:\.\d*)?|\.\d+)\s?%?$/

/** Read a percentage (0-100) such as `51.06%` or `.01%`, or null when it is not one. */
export function parsePercent(text: string): number | null {
  return readPercentText(figureText(text))
}

/** {@link parsePercent} of `text` already read as a figure (`figureText`). */
export function readPercentText(text: string): number | null {
  const value = text.includes(',') ? text.replace(',', '.') : text
  if (!percentPattern.test(value)) return null
  const number = Number(value.replace('%', '').replace('−', '-').trim())
  return Number.isFinite(number) ? number : null
}

/** Whether `text` is written as a percentage (`12.5%`), not a bare number. */
export function hasPercentSign(text: string): boolean {
  return stripFootnotes(text).trim().endsWith('%')
}
