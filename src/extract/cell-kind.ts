/**
 * The shape of a cell's text, used to tell which column a figure belongs in.
 */
import {isCountText, isNoFigureWord, noValueTexts} from './parse-count.js'
import {parseDelegates} from './parse-delegates.js'
import {readPercentText} from './parse-percent.js'
import {figureText} from './figure-text.js'

/** What a cell looks like: nothing, a whole number, a share, a decimal, or words. */
export type CellKind = 'empty' | 'count' | 'percent' | 'decimal' | 'text'

/** Longest of the `noValueTexts` (`n/a`, `---`). */
const longestNoValue = Math.max(...[...noValueTexts].map((text) => text.length))

/** How counts and shares can start (`9,093`, `-5.61%`, `.01%`, `,5`, `½`); anything else is words. */
const numberStart = /^[-−.,\d½¼¾]/

/**
 * The kind of `text`; `—`, `-` and `N/A` count as empty. The text is read once as a figure
 * (`figureText`), as `parseCount` and `parsePercent` each would.
 */
export function cellKind(text: string): CellKind {
  const value = figureText(text)
  if (value.length <= longestNoValue && noValueTexts.has(value.toLowerCase())) return 'empty'
  if (!numberStart.test(value)) return isNoFigureWord(value) ? 'empty' : 'text'
  if (isCountText(value)) return 'count'
  if (readPercentText(value) !== null) return value.endsWith('%') ? 'percent' : 'decimal'
  // A split delegate (`4½`) has the shape of a decimal.
  if (parseDelegates(value) !== null) return 'decimal'
  return 'text'
}
