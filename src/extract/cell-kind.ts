/**
 * The shape of a cell's text, used to tell which column a figure belongs in.
 */
import {isNoValue, parseCount} from './parse-count.js'
import {parseDelegates} from './parse-delegates.js'
import {hasPercentSign, parsePercent} from './parse-percent.js'

/** What a cell looks like: nothing, a whole number, a share, a decimal, or words. */
export type CellKind = 'empty' | 'count' | 'percent' | 'decimal' | 'text'

/** The kind of `text`; `—`, `-` and `N/A` count as empty. */
export function cellKind(text: string): CellKind {
  if (isNoValue(text)) return 'empty'
  if (parseCount(text) !== null) return 'count'
  if (parsePercent(text) !== null) return hasPercentSign(text) ? 'percent' : 'decimal'
  // A split delegate (`4½`) has the shape of a decimal.
  if (parseDelegates(text) !== null) return 'decimal'
  return 'text'
}
