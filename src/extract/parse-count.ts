/**
 * Read whole counts (votes, delegates) from cell text.
 */
import {stripFootnotes} from './strip-footnotes.js'

/** Cell texts that mean "no value" (`—`, `-`, `--`, `N/A`, empty). */
export const noValueTexts: ReadonlySet<string> = new Set(['', '—', '–', '-', '--', '---', 'n/a', 'na', '?'])

/** A count with thousands separators: `9,093`, `9093`, `1 234`, `-169`. */
const countPattern = /^[-−]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+$|^[-−]?\d+$/

/**
 * Read a whole number such as `9,093` (footnote markers stripped), or null when the text
 * holds no number. Use {@link isNoValue} to tell "empty" from "not a number".
 */
export function parseCount(text: string): number | null {
  const value = stripFootnotes(text).trim()
  if (!isCountText(value)) return null
  const digits = value.replace(/\D/g, '')
  const number = Number(digits)
  return value.startsWith('-') || value.startsWith('−') ? -number : number
}

/** Whether `value` (footnotes stripped, trimmed) is written as a count: `9,093`, `-169`. */
export function isCountText(value: string): boolean {
  return countPattern.test(value)
}

/** Whether `text` is one of the markers that mean "no value here". */
export function isNoValue(text: string): boolean {
  return noValueTexts.has(stripFootnotes(text).trim().toLowerCase())
}
