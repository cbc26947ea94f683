/**
 * Plugin that turns pipe tables without a `|---|` delimiter row into mdast tables.
 *
 *     | Candidate | Votes | % | Delegates |
 *     | John Edwards | 9,093 | 51.06 | 57 |
 *
 * Tables glued to a line above or below (no blank line) are split off it. A GFM delimiter
 * row, where there is one, is dropped and noted in `data.delimiterRow`. A first row of one
 * title cell padded with empty cells becomes the caption (`data.caption`, kind `row`); the
 * row itself stays, so nothing is lost. A row of more than `maxRowCells` cells keeps the
 * first ones and reads the rest as one last cell, with a `row-too-wide` warning.
 */
import type {Root, Table, TableCell, TableRow} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {lineIndexOf} from './line-index-of.js'
import {isSpace, pointAt, positionOf, trimmedRange, type LineIndex, type SourceLine} from './source-lines.js'
import type {Point} from 'unist'
import {splitByLines, type LineRun} from './split-by-lines.js'
import {codes} from './codes.js'
import {report} from '../model/report.js'

/** Offsets of one cell's trimmed text. */
export interface CellRange {
  /** Offset of the first character. */
  start: number
  /** Offset past the last character. */
  end: number
}

/** The character that starts a row and separates its cells. */
const pipe = '|'

/**
 * Most cells a row keeps: the cells past the last but one are read as one last cell holding
 * their text as written. Real tables have tens of columns; a row of a million empty cells
 * took 400 MiB as nodes, and every row of a table that wide was placed under each column.
 */
export const maxRowCells = 100

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
 * without building a range per cell first (a row may have a million); stop when it returns
 * `false`.
 */
function forEachCell(line: SourceLine, visit: (start: number, end: number) => boolean | void): void {
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
    if ((at < stop || start < end) && visit(line.start + start, line.start + end) === false) return
    cellStart = at + 1
  }
}

/** Whether the cells form a GFM delimiter row (`|---|:--:|`). */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => isDelimiterCell(cell, 0, cell.length))
}

/** Whether a row line is a GFM delimiter row, read without slicing its cells. */
function isDelimiterLine(line: SourceLine): boolean {
  // Most rows are not: their first cell starts with neither `-` nor `:` (`| --- |` does).
  const text = line.text
  let at = trimmedRange(line).start - line.start + 1
  while (at < text.length && isSpace(text.charCodeAt(at))) at++
  const code = text.charCodeAt(at)
  if (code !== codes.dash && code !== codes.colon) return false
  let cells = 0
  let delimiters = true
  forEachCell(line, (start, end) => {
    cells++
    delimiters = isDelimiterCell(line.text, start - line.start, end - line.start)
    return delimiters
  })
  return cells > 0 && delimiters
}

/** Whether `text` from `start` to `end` is a delimiter cell: dashes, maybe between colons. */
function isDelimiterCell(text: string, start: number, end: number): boolean {
  if (start < end && text.charCodeAt(start) === codes.colon) start++
  if (end > start && text.charCodeAt(end - 1) === codes.colon) end--
  if (end <= start) return false
  for (let at = start; at < end; at++) if (text.charCodeAt(at) !== codes.dash) return false
  return true
}

/** Turn runs of pipe-row lines into `table` nodes with exact cell text and positions. */
export function remarkLooseTable(this: Processor) {
  const data = this.data()
  return function (tree: Root, file: VFile): void {
    const index = lineIndexOf(tree, file, data)
    splitByLines(tree, index, isTableRow, (run) => [toTable(run, index, file)], pipe)
  }
}

function toTable(run: LineRun, index: LineIndex, file: VFile): Table {
  const rows: TableRow[] = []
  // One buffer for the cells of every row, each row copied out of it at its exact length:
  // a row's own array, grown by push, kept room for 17 cells (152 bytes a row).
  const buffer: TableCell[] = []
  let delimiterRow = false
  // The run's lines follow each other: the first one's number is looked up, the others counted.
  let lineNumber = run.lines[0] ? pointAt(index, run.lines[0].start).line - 1 : 0
  for (const line of run.lines) {
    lineNumber++
    if (rows.length > 0 && !delimiterRow && isDelimiterLine(line)) {
      delimiterRow = true
      continue
    }
    const range = trimmedRange(line)
    const on = {line: lineNumber, start: line.start}
    rows.push({type: 'tableRow', children: rowCells(line, on, index, file, buffer), position: {start: pointOn(on, range.start), end: pointOn(on, range.end)}})
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

/**
 * The cells of a row line: the first `maxRowCells - 1` as written, and the rest as one cell
 * whose text runs from the first filled one of them to the last (empty when all are), reported.
 * `cells` is a buffer the row is read into; the row gets a copy of it.
 */
function rowCells(line: SourceLine, on: LineStart, index: LineIndex, file: VFile, cells: TableCell[]): TableCell[] {
  cells.length = 0
  let count = 0
  const rest = {start: -1, end: -1, filledStart: -1, filledEnd: -1}
  forEachCell(line, (start, end) => {
    count++
    if (count < maxRowCells) {
      cells.push(cellAt(index, on, start, end))
      return
    }
    if (rest.start === -1) rest.start = start
    rest.end = end
    if (start === end) return
    if (rest.filledStart === -1) rest.filledStart = start
    rest.filledEnd = end
  })
  if (rest.start === -1) return cells.slice()
  if (count === maxRowCells) {
    cells.push(cellAt(index, on, rest.start, rest.end))
    return cells.slice()
  }
  const last = rest.filledStart === -1 ? {...cellAt(index, on, rest.start, rest.start), position: positionOf(index, rest.start, rest.end)} : cellAt(index, on, rest.filledStart, rest.filledEnd)
  cells.push(last)
  const merged = count - maxRowCells + 1
  report(file, `Expected a table row of at most \`${maxRowCells}\` cells, got \`${count}\`; the last \`${merged}\` are read as one cell`, last.position, 'row-too-wide')
  return cells.slice()
}

/** A line's number (1-based) and the offset it starts at. */
interface LineStart {
  /** 1-based line number. */
  line: number
  /** Offset of the line's first character. */
  start: number
}

/** The point of `offset` on the line `on` (as `pointAt` finds it, without searching the lines). */
function pointOn(on: LineStart, offset: number): Point {
  return {line: on.line, column: offset - on.start + 1, offset}
}

/** The cell whose trimmed text runs from offset `start` to `end` on the line `on`. */
function cellAt(index: LineIndex, on: LineStart, start: number, end: number): TableCell {
  const value = index.source.slice(start, end)
  // An empty cell starts where it ends: one point for both (a row may have a million).
  const point = pointOn(on, start)
  const position = {start: point, end: value ? pointOn(on, end) : point}
  return {type: 'tableCell', children: value ? [{type: 'text', value, position}] : [], position}
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
