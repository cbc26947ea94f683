/**
 * The text of a figure cell as the number readers see: what scraping glued to it removed.
 */
import {stripFootnotes} from './strip-footnotes.js'

/** The wiki bold or italic quote mark a scrape leaves around a figure: `'37,519`, `''12''`. */
const quoteMark = "'"

/**
 * `text` without footnote markers (`[1]`), surrounding space, or the wiki quote marks
 * (`'''`) a copy left half-rendered around it.
 *
 *     | Totals | '37,519 | 100.00% | 20 |     <- `'37,519` is 37,519
 */
export function figureText(text: string): string {
  const value = stripFootnotes(text).trim()
  if (!value.startsWith(quoteMark) && !value.endsWith(quoteMark)) return value
  // Index walks, not a regex: `'+$` backtracks quadratically on a long run of quote marks.
  let start = 0
  let end = value.length
  while (start < end && value[start] === quoteMark) start++
  while (end > start && value[end - 1] === quoteMark) end--
  return value.slice(start, end).trim()
}
