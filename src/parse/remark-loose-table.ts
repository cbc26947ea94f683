/**
 * Plugin that turns pipe tables without a `|---|` delimiter row into mdast tables.
 *
 *     | Candidate | Votes | % | Delegates |
 *     | John Edwards | 9,093 | 51.06 | 57 |
 *
 * Tables glued to a line above or below (no blank line) are split off it. A GFM delimiter
 * row, where there is one, is dropped and noted in `data.delimiterRow`. A first row of one
 * title cell padded with empty cells becomes the caption (`data.caption`, kind `row`); the
 * row itself stays, so nothing is lost.
 */
import type {Root, Table, TableCell, TableRow} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {lineIndexOf} from './line-index-of.js'
import {isSpace, pointAt, positionOf, trimmedRange, type LineIndex, type SourceLine} from './source-lines.js'
import {splitByLines, type LineRun} from './split-by-lines.js'
import {codes} from './codes.js'

/** Offsets of one cell's trimmed text. */
export interface CellRange {
  /** Offset of the first character. */
  start: number
  /** Offset past the last character. */
  end: number
}

/** The character that starts a row and separates its cells. */
const pipe = '|'

/** Whether `line` is a table row: its first non-blank character is a pipe. */
export function isTableRow(line: SourceLine): boolean {
  const range = trimmedRange(line)
  return range.end > range.start && line.text.charAt(range.start - line.start) === pipe
}

/**
 * The cells of a row line: the text between pipes, trimmed. Text after the last pipe is a
 * cell only when it is not blank (rows usually end with a pipe).
 */
export function splitRow(line: SourceLine): CellRange[] {
  const cells: CellRange[] = []
  forEachCell(line, (start, end) => {
    cells.push({start, end})
  })
  return cells
}

/**
 * Call `visit` with the offsets of each cell of a row line, as {@link splitRow} reads them,
 * without building a range per cell first (a row may have a million).
 */
function forEachCell(line: SourceLine, visit: (start: number, end: number) => void): void {
  const range = trimmedRange(line)
  const text = line.text
  const stop = range.end - line.start
  let cellStart = range.start - line.start + 1
  for (let at = cellStart; at <= stop; at++) {
    if (at < stop && text.charCodeAt(at) !== codes.verticalBar) continue
    let start = cellStart
    let end = at
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (at < stop || start < end) visit(line.start + start, line.start + end)
    cellStart = at + 1
  }
}

/** Whether the cells form a GFM delimiter row (`|---|:--:|`). */
export function isDelimiterRow(cells: readonly string[]): boolean {
  if (cells.length === 0) return false
  for (const cell of cells) {
    let start = 0
    let end = cell.length
    if (cell.charCodeAt(start) === codes.colon) start++
    if (end > start && cell.charCodeAt(end - 1) === codes.colon) end--
    if (end <= start) return false
    for (let at = start; at < end; at++) if (cell.charCodeAt(at) !== codes.dash) return false
  }
  return true
}

/** Turn runs of pipe-row lines into `table` nodes with exact cell text and positions. */
export function remarkLooseTable(this: Processor) {
  const data = this.data()
  return function (tree: Root, file: VFile): void {
    const index = lineIndexOf(tree, file, data)
    splitByLines(tree, index, isTableRow, (run) => [toTable(run, index)], pipe)
  }
}

function toTable(run: LineRun, index: LineIndex): Table {
  const rows: TableRow[] = []
  let delimiterRow = false
  for (const line of run.lines) {
    if (rows.length > 0 && !delimiterRow && isDelimiterRow(splitRow(line).map((cell) => index.source.slice(cell.start, cell.end)))) {
      delimiterRow = true
      continue
    }
    const range = trimmedRange(line)
    const children: TableCell[] = []
    forEachCell(line, (cellStart, cellEnd) => {
      const value = index.source.slice(cellStart, cellEnd)
      // An empty cell starts where it ends: one point for both (a row may have a million).
      const start = pointAt(index, cellStart)
      const position = {start, end: value ? pointAt(index, cellEnd) : start}
      children.push({type: 'tableCell', children: value ? [{type: 'text', value, position}] : [], position})
    })
    rows.push({type: 'tableRow', children, position: positionOf(index, range.start, range.end)})
  }
  const first = run.lines[0]
  const last = run.lines.at(-1)
  const table: Table = {
    type: 'table',
    align: [],
    children: rows,
    position: first && last ? positionOf(index, trimmedRange(first).start, trimmedRange(last).end) : undefined
  }
  const caption = titleRowCaption(rows)
  if (caption || delimiterRow) table.data = {...(caption ? {caption} : {}), ...(delimiterRow ? {delimiterRow} : {})}
  return table
}

/** The caption of a first row that is one title cell padded with empty cells. */
function titleRowCaption(rows: readonly TableRow[]) {
  const [first, second] = rows
  if (!first || !second || first.children.length < 2) return undefined
  const [title, ...padding] = first.children
  const text = title?.children[0]
  if (!text || text.type !== 'text' || padding.some((cell) => cell.children.length > 0)) return undefined
  return {value: text.value, kind: 'row' as const, position: text.position}
}
