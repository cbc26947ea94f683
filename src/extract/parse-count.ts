/**
 * Read whole counts (votes, delegates) from cell text.
 */
import {noFigureWords} from './no-figure-words.js'
import {figureText} from './figure-text.js'
import {stripFootnotes} from './strip-footnotes.js'

/** Cell texts that mean "no value" (`—`, `-`, `--`, `N/A`, empty), besides {@link noFigureWords}. */
export const noValueTexts: ReadonlySet<string> = new Set(['', '—', '–', '-', '--', '---', 'n/a', 'na', '?'])

/** A count with thousands separators: `9,093`, `9093`, `1 234`, `-169`. */
const countPattern = /^[-−]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+$|^[-−]?\d+$/

/**
 * Read a whole number such as `9,093` (footnote markers stripped), or null when the text
 * holds no number. Use {@link isNoValue} to tell "empty" from "not a number".
 *
 * A count beyond `Number.MAX_SAFE_INTEGER` is null too, never rounded: use
 * {@link isCountTooLarge} to tell it from text that is not a count.
 */
export function parseCount(text: string): number | null {
  const number = readCount(text)
  return number !== null && Number.isSafeInteger(number) ? number : null
}

/**
 * Whether `text` is written as a count but is too large to hold exactly
 * (`9,007,199,254,740,993` would read as `...992`).
 */
export function isCountTooLarge(text: string): boolean {
  const number = readCount(text)
  return number !== null && !Number.isSafeInteger(number)
}

/** The count `text` is written as, possibly rounded, or null when it is not one. */
function readCount(text: string): number | null {
  const value = figureText(text)
  if (!isCountText(value)) return null
  const digits = value.replace(/\D/g, '')
  const number = Number(digits)
  return value.startsWith('-') || value.startsWith('−') ? -number : number
}

/** Whether `value` (footnotes stripped, trimmed) is written as a count: `9,093`, `-169`. */
export function isCountText(value: string): boolean {
  return countPattern.test(value)
}

/** Whether `text` is one of the markers that mean "no value here" (`—`, `N/A`, `Unopposed`). */
export function isNoValue(text: string): boolean {
  const value = stripFootnotes(text).trim().toLowerCase()
  return noValueTexts.has(value) || noFigureWords.has(value)
}

/** Whether `text` is a word standing where a figure would (`Unopposed`, `Uncontested`). */
export function isNoFigureWord(text: string): boolean {
  return noFigureWords.has(stripFootnotes(text).trim().toLowerCase())
}
