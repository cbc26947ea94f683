/**
 * Caps on how many lines and table cells one input may hold, so memory stays bounded.
 */
import type {VFile} from 'vfile'
import {report} from '../model/report.js'
import {defaultMaxSize} from './check-input-size.js'
import {codes} from './codes.js'
import {maxRowCells} from './remark-loose-table.js'
import {isSpace} from './source-lines.js'

/** The line ending that starts a new line (text is normalized to `\n` first). */
const lineFeed = '\n'

/** The character that separates table cells. */
const verticalBar = '|'

/**
 * Most lines and most table cells in an input of the default size, `defaultMaxSize`.
 *
 * A heading line stays in memory at about 1 KiB (249,000 headings: 0.3 s, 200 MiB); a
 * million lines of markdown prose took 25 s before plain paragraphs skipped the parser. A
 * table cell is an mdast node with a position, from 140 bytes (empty) to about 400 (with
 * text), and a row that holds a result adds its candidate: the whole command costs about
 * 1.1 KiB per cell on a table of `| A | 1 |` rows, so 166,000 such rows in 1 MB peaked over
 * 400 MiB. At 100,000 cells every command stays within 300 MiB. Real articles hold a few
 * thousand cells (the fixtures at most 165; a results-by-county table of a large state about
 * 3,000); a larger `maxSize` raises the caps.
 */
export const inputExtentLimits = {lines: 250_000, cells: 100_000} as const

/** The caps on lines and table cells of one input. */
export interface InputExtentLimits {
  /** Most lines. */
  lines: number
  /** Most table cells, counted as {@link tableCellsOf} does. */
  cells: number
}

/**
 * The caps for inputs of at most `maxSize` bytes: {@link inputExtentLimits} at the default
 * size or below, and in proportion above it, so that an explicit larger `maxSize` (16 MiB)
 * reads as many lines per byte as the default does (500,000 lines).
 */
export function inputExtentLimitsFor(maxSize: number): InputExtentLimits {
  const scale = Math.max(1, maxSize / defaultMaxSize)
  return {lines: Math.floor(inputExtentLimits.lines * scale), cells: Math.floor(inputExtentLimits.cells * scale)}
}

/**
 * Whether `text` (with `\n` line endings) is within the caps for inputs of at most `maxSize`
 * bytes ({@link inputExtentLimitsFor}); when it is not, an `input-too-large` error is added to
 * `file` and it should not be parsed.
 */
export function checkInputExtent(file: VFile, text: string, maxSize: number = defaultMaxSize): boolean {
  const limits = inputExtentLimitsFor(maxSize)
  const lines = 1 + countOf(text, lineFeed)
  if (lines > limits.lines) {
    report(file, `Expected an input of at most \`${limits.lines}\` lines, got \`${lines}\` lines (a larger size limit raises the cap)`, undefined, 'input-too-large')
    return false
  }
  const cells = tableCellsOf(text)
  if (cells > limits.cells) {
    report(file, `Expected an input of at most \`${limits.cells}\` table cells, got \`${cells}\` (a larger size limit raises the cap)`, undefined, 'input-too-large')
    return false
  }
  return true
}

/**
 * The table cells the parse builds from `text`: on each line that starts (after blanks) with
 * `|`, one cell before each later `|` and one for text after the last, as `splitRow` reads
 * them, but no more than a row keeps (`maxRowCells`): a row of a million `|` is 100 cells.
 * `|` in prose builds no cell.
 */
export function tableCellsOf(text: string): number {
  let cells = 0
  for (let start = 0; start <= text.length; ) {
    const found = text.indexOf(lineFeed, start)
    const end = found === -1 ? text.length : found
    let at = start
    while (at < end && isSpace(text.charCodeAt(at))) at++
    if (at < end && text.charCodeAt(at) === codes.verticalBar) cells += rowCellsOf(text, at, end)
    start = end + 1
  }
  return cells
}

/** The cells of the row from its first `|` at `at` to `end`, at most `maxRowCells`. */
function rowCellsOf(text: string, at: number, end: number): number {
  let cells = 0
  for (let pipe = text.indexOf(verticalBar, at + 1); pipe !== -1 && pipe < end && cells < maxRowCells; pipe = text.indexOf(verticalBar, pipe + 1)) cells++
  let last = end
  while (isSpace(text.charCodeAt(last - 1))) last--
  if (text.charCodeAt(last - 1) !== codes.verticalBar) cells++
  return Math.min(cells, maxRowCells)
}

/**
 * How many times `character` occurs in `text`. `indexOf` scans far faster than a loop over
 * the characters (which itself is four times faster than iterating code points).
 */
function countOf(text: string, character: string): number {
  let count = 0
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++
  return count
}
