/**
 * Read a scraped table's structure: caption, header rows, named columns, and body rows
 * realigned where a label spanned several columns on the page.
 */
import type {Table, TableCell, TableRow} from 'mdast'
import type {TableCaption} from '../parse/mdast-wiki.js'
import {cellKind, type CellKind} from './cell-kind.js'
import {isSpecialLabel, isTotalLabel, readRow, trailingEmpty, type CellText, type ReadRow} from './read-row.js'
import {alignColumns, mergeHeaderRows, type TableColumn} from './table-columns.js'

export type {CellText, ReadRow, RowKind} from './read-row.js'

/** Where a table's header is. */
export interface TableHeader {
  /** Whether the first row is a padded title row. */
  titleRow: boolean
  /** Header rows after the title row (1 or 2). */
  headerRows: number
}

/** A table read for its results. */
export interface ReadTable extends TableHeader {
  /** Caption from a caption line or the title row. */
  caption: TableCaption | null
  /** The columns, as many as the widest row. */
  columns: TableColumn[]
  /** Body rows. */
  rows: ReadRow[]
}

/** The exact text, place and kind of every cell of `row`. */
export function rowTexts(row: TableRow): CellText[] {
  return row.children.map((cell) => {
    const text = cellText(cell)
    return {text, position: cell.position, kind: cellKind(text)}
  })
}

/** The exact text of `cell`, `''` when it is empty. */
export function cellText(cell: TableCell): string {
  const text = cell.children[0]
  return text && text.type === 'text' ? text.value : ''
}

/**
 * Find the header of `table`: a title row, then one or two header rows. Reads only the first
 * rows, so a table whose results are not needed is never read whole.
 */
export function readTableHeader(table: Table): TableHeader {
  // Not Math.max(...widths): spreading 100,000 rows as arguments overflows the stack.
  const width = table.children.reduce((widest, row) => Math.max(widest, row.children.length), 0)
  const [zero, one, two] = table.children.slice(0, 3).map(rowTexts)
  const titleRow = isTitleRow(zero, table.children.length)
  const first = (titleRow ? one : zero) ?? []
  const second = titleRow ? two : one
  const twoRows = second !== undefined && isSubHeader(first, second, width)
  return {titleRow, headerRows: first.length > 0 ? (twoRows ? 2 : 1) : 0}
}

/** Read `table` into columns and realigned rows. */
export function readTable(table: Table): ReadTable {
  const rows = table.children.map(rowTexts)
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0)
  const {titleRow, headerRows} = readTableHeader(table)
  const first = rows[titleRow ? 1 : 0] ?? []
  const second = rows[titleRow ? 2 : 1]
  const firstNames = names(first)
  const twoRows = headerRows === 2 && second !== undefined
  const at = (titleRow ? 1 : 0) + headerRows
  const body = table.children.slice(at)
  const bodyTexts = rows.slice(at)
  const kinds = columnKinds(bodyTexts, width)
  const named = twoRows ? mergeHeaderRows(firstNames, names(second), width, kinds) : firstNames.map((name) => ({name, group: null, role: roleOfName(name)}))
  const columns = alignColumns(named, kinds)
  const caption = table.data?.caption ?? null
  const read: ReadRow[] = []
  for (const [index, texts] of bodyTexts.entries()) {
    const node = body[index]
    if (!node || texts.every((cell) => cell.text === '')) continue
    const row = readRow(texts, node, columns)
    // A header repeated further down the table is no result.
    read.push(sameTexts(texts, first) ? {...row, kind: 'note'} : row)
  }
  return {caption, titleRow, headerRows, columns, rows: read}
}

function sameTexts(row: readonly CellText[], header: readonly CellText[]): boolean {
  return header.length > 0 && row.length === header.length && row.every((cell, at) => cell.text === header[at]?.text)
}

function roleOfName(name: string) {
  return mergeHeaderRows([name], [], 1)[0]?.role ?? 'other'
}

function names(row: readonly CellText[]): string[] {
  return row.map((cell) => cell.text).filter((text) => text !== '')
}

function isTitleRow(row: readonly CellText[] | undefined, rowCount: number): boolean {
  if (!row || rowCount < 2 || row.length < 2) return false
  const [title, ...padding] = row
  return title !== undefined && title.text !== '' && padding.every((cell) => cell.text === '')
}

/**
 * A second header row: two or more names, no figures, under a first row with fewer names
 * than the table has columns (padded with empty cells, or simply shorter).
 */
function isSubHeader(first: readonly CellText[], second: readonly CellText[], width: number): boolean {
  const filled = names(second)
  if (filled.length < 2 || names(first).length >= Math.max(first.length, width)) return false
  if (isTotalLabel(filled[0] ?? '')) return false
  return second.every((cell) => cell.text === '' || cell.kind === 'text' || cell.text === '#' || cell.text === '%')
}

/** The cell kinds, in the order their counts are kept. */
const cellKinds: readonly CellKind[] = ['empty', 'count', 'percent', 'decimal', 'text']

/** The dominant kind of each column over the result-like rows. */
function columnKinds(rows: readonly (readonly CellText[])[], width: number): CellKind[] {
  // Flat arrays of counts and of when each kind was first seen in its column (ties go to
  // the first seen): a Map per column took 100 bytes each on a million columns.
  const size = rows.length === 0 ? 0 : width * cellKinds.length
  const counts = new Uint32Array(size)
  const firstSeen = new Float64Array(size)
  let seen = 0
  const count = (row: readonly CellText[]): void => {
    for (const [index, cell] of row.entries()) {
      const at = index * cellKinds.length + cellKinds.indexOf(cell.kind)
      if ((counts[at] ?? 0) === 0) firstSeen[at] = ++seen
      counts[at] = (counts[at] ?? 0) + 1
    }
  }
  for (const row of rows) {
    const label = row.find((cell) => cell.text !== '')?.text ?? ''
    if (row.length < width || isSpecialLabel(label) || trailingEmpty(row) > 0) continue
    count(row)
  }
  // Rows padded at the end (spanning labels) are used only where no full row exists.
  if (seen === 0) for (const row of rows) count(row)
  return Array.from({length: width}, (_, index) => {
    const start = index * cellKinds.length
    const end = start + cellKinds.length
    return dominantKind(counts.subarray(start, end), firstSeen.subarray(start, end))
  })
}

/** The kind counted most often, the first seen on a tie; `empty` when only empty cells. */
function dominantKind(count: Uint32Array, firstSeen: Float64Array): CellKind {
  let best: CellKind = 'empty'
  let most = 0
  let bestSeen = Number.POSITIVE_INFINITY
  for (const [at, number] of count.entries()) {
    const kind = cellKinds[at] ?? 'empty'
    const seenAt = firstSeen[at] ?? Number.POSITIVE_INFINITY
    if (kind === 'empty' || number === 0) continue
    if (number > most || (number === most && seenAt < bestSeen)) {
      best = kind
      most = number
      bestSeen = seenAt
    }
  }
  return best
}
