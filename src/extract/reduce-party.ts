/**
 * Short party names as results tables show them.
 */
import {stripFootnotes} from './strip-footnotes.js'
import {isNoValue} from './parse-count.js'

/** Article-title suffixes of party names: `Republican Party (United States)`. */
const partySuffixes = ['(United States)', '(US)', '(U.S.)', 'Party'] as const

/**
 * `Republican Party (United States)` -> `Republican`; `N/A` and empty -> null.
 */
export function reduceParty(text: string): string | null {
  const value = stripFootnotes(text).trim()
  if (isNoValue(value)) return null
  let reduced = value
  for (const suffix of partySuffixes) {
    if (reduced.endsWith(' ' + suffix)) reduced = reduced.slice(0, -suffix.length).trimEnd()
  }
  return reduced === '' ? null : reduced
}
