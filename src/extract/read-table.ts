/**
 * Read a scraped table's structure: caption, header rows, named columns, and body rows
 * realigned where a label spanned several columns on the page.
 */
import type {Table, TableCell, TableRow} from 'mdast'
import type {TableCaption} from '../parse/mdast-wiki.js'
import {cellKind, type CellKind} from './cell-kind.js'
import {emptyCellText, isSpecialLabel, isTotalLabel, labelIndex, readRow, trailingEmpty, type CellText, type ReadRow} from './read-row.js'
import {lostNameCell, restoreNameCell} from './lost-name-cell.js'
import {rowPlacements, type Placement} from './row-placements.js'
import {placeByEvidence} from './place-by-evidence.js'
import {hasResultColumns} from './has-result-columns.js'
import {stripFootnotes} from './strip-footnotes.js'
import {alignColumns, mergeHeaderRows, type TableColumn} from './table-columns.js'

export type {CellText, ReadRow, RowKind} from './read-row.js'

/** Where a table's header is. */
export interface TableHeader {
  /** Key rows glued above the title row or header (`| Key: | † Dropped out |`). */
  legendRows: number
  /** Whether the first row after the key rows is a padded title row. */
  titleRow: boolean
  /** Header rows after the title row (1 or 2). */
  headerRows: number
}

/** A table read for its results. */
export interface ReadTable extends TableHeader {
  /** Caption from a caption line or the title row. */
  caption: TableCaption | null
  /** The cells of the key rows after their `Key:` label. */
  legend: CellText[]
  /** The columns, as many as the widest row. */
  columns: TableColumn[]
  /** Body rows. */
  rows: ReadRow[]
}

/**
 * The exact text, place and kind of every cell of `row`. Empty cells share one text without a
 * place: no message points at a blank cell, and a table may hold a million of them.
 */
export function rowTexts(row: TableRow): CellText[] {
  // map, not push: an array grown by push keeps room for 17 cells, 152 bytes a row.
  return row.children.map((cell) => {
    const text = cellText(cell)
    return text === '' ? emptyCellText : {text, position: cell.position, kind: cellKind(text)}
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
  return headerOf(table.children.length, width, (at) => rowAt(table, at))
}

/** The header of a table of `rowCount` rows and `width` columns whose rows `rowAt` reads. */
function headerOf(rowCount: number, width: number, rowAt: (at: number) => CellText[] | undefined): TableHeader {
  let legendRows = 0
  while (legendRows < Math.min(maxKeyRows, rowCount - 1) && isKeyRow(rowAt(legendRows))) legendRows++
  const zero = rowAt(legendRows)
  const one = rowAt(legendRows + 1)
  const two = rowAt(legendRows + 2)
  const titleRow = isTitleRow(zero, rowCount - legendRows)
  const first = (titleRow ? one : zero) ?? []
  const second = titleRow ? two : one
  const twoRows = second !== undefined && isSubHeader(first, second, width)
  return {legendRows, titleRow, headerRows: first.length > 0 ? (twoRows ? 2 : 1) : 0}
}

/** Most cells (rows times columns) of a table that keeps its rows' placements for the evidence. */
const keptCells = 5_000

/** Options of {@link readTable}. */
export interface ReadTableOptions {
  /**
   * Read the body rows only when the columns can hold results (`hasResultColumns`): the rows
   * of a table of places or polls are never results, and reading 60,000 of them took 40 MB.
   */
  resultsOnly?: boolean
}

/** Read `table` into columns and realigned rows. */
export function readTable(table: Table, options: ReadTableOptions = {}): ReadTable {
  const rows = table.children.map(rowTexts)
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0)
  const {legendRows, titleRow, headerRows} = headerOf(rows.length, width, (at) => rows[at])
  const legend = rows.slice(0, legendRows).flatMap((row) => row.filter((cell) => cell.text !== '' && !keyLabel.test(cell.text)))
  const top = legendRows + (titleRow ? 1 : 0)
  const first = rows[top] ?? []
  const second = rows[top + 1]
  const firstNames = names(first)
  const twoRows = headerRows === 2 && second !== undefined
  const at = top + headerRows
  const body = table.children.slice(at)
  // Rows that lost their name cell get it back before the columns' kinds are counted.
  const nameAt = first.findIndex((cell) => cell.text !== '' && roleOfName(cell.text) === 'candidate')
  const nameLost = rows.slice(at).map((texts) => lostNameCell(texts, nameAt, width))
  const bodyTexts = rows.slice(at).map((texts, index) => (nameLost[index] ? restoreNameCell(texts) : texts))
  // Columns empty in every row (padding the scrape added at the ends of the rows) take no
  // part in the two header rows' spans (counted, they hid the groups under `Popular vote`),
  // and a row that ends in just that padding is a full row.
  const filledWidth = rows.reduce((widest, row) => Math.max(widest, row.length - trailingEmpty(row)), 0)
  const kinds = columnKinds(bodyTexts, width, width - filledWidth)
  const named = twoRows ? mergeHeaderRows(firstNames, names(second), filledWidth, kinds) : firstNames.map((name) => ({name, group: null, role: roleOfName(name)}))
  const columns = alignColumns(named, kinds)
  const caption = table.data?.caption ?? null
  if (options.resultsOnly && !hasResultColumns(columns)) return {caption, legendRows, legend, titleRow, headerRows, columns, rows: []}
  const read: ReadRow[] = []
  // Each row's placements, read once for its shape and again for the table's evidence, in a
  // table of up to `keptCells` cells; the evidence finds those of a larger one again, one row
  // at a time (a wide table of short rows has a dozen placements a row, each as wide).
  const placements: (Placement[] | null)[] | undefined = bodyTexts.length * columns.length <= keptCells ? [] : undefined
  for (let index = 0; index < bodyTexts.length; index++) {
    const node = body[index]
    const texts = bodyTexts[index] as CellText[]
    const labelAt = labelIndex(texts)
    if (!node || labelAt === -1) continue
    const options = rowPlacements(texts, labelAt, columns, kinds)
    const row = readRow(texts, node, columns, kinds, options, nameLost[index])
    // A header repeated further down the table is no result.
    read.push(sameTexts(texts, first) ? {...row, kind: 'note'} : isSubtotal(row, read, nameAt) ? {...row, kind: 'subtotal'} : row)
    placements?.push(options.length > 1 ? options : null)
  }
  return {caption, legendRows, legend, titleRow, headerRows, columns, rows: placeByEvidence(read, columns, kinds, placements)}
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

/** Most key rows read above a table's title row or header. */
const maxKeyRows = 3

function rowAt(table: Table, at: number): CellText[] | undefined {
  const row = table.children[at]
  return row ? rowTexts(row) : undefined
}

/** The label of a key row: `Key:`, `Key`. */
const keyLabel = /^\s*key(?:\s*:)?\s*$/i

/** A key row: `| Key: | † Dropped out |`; its first filled cell is the `Key:` label. */
export function isKeyRow(row: readonly CellText[] | undefined): boolean {
  const first = row?.find((cell) => cell.text !== '')
  return first !== undefined && keyLabel.test(first.text)
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

/** The dominant kind of each column over the result-like rows; `padding` end columns that no row fills do not make a row padded. */
function columnKinds(rows: readonly (readonly CellText[])[], width: number, padding: number): CellKind[] {
  // Flat arrays of counts and of when each kind was first seen in its column (ties go to
  // the first seen): a Map per column took 100 bytes each on a million columns.
  const size = rows.length === 0 ? 0 : width * cellKinds.length
  const counts = new Uint32Array(size)
  const firstSeen = new Float64Array(size)
  let seen = 0
  const count = (row: readonly CellText[]): void => {
    // Indexes, not entries(): an entry pair per cell was most of the memory read a table took.
    for (let index = 0; index < row.length; index++) {
      const at = index * cellKinds.length + cellKinds.indexOf((row[index] as CellText).kind)
      if ((counts[at] ?? 0) === 0) firstSeen[at] = ++seen
      counts[at] = (counts[at] ?? 0) + 1
    }
  }
  for (const row of rows) {
    const label = row.find((cell) => cell.text !== '')?.text ?? ''
    // A full Total row has the shape of the figures above it, and settles ties between them.
    if (row.length < width || (isSpecialLabel(label) && !isTotalLabel(label)) || trailingEmpty(row) > padding) continue
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

/**
 * Whether `row` is a Total row that sums one candidate's rows, not the table: its candidate
 * cell names a result row above it, as where a fusion candidate ran on two party lines
 * (`| Total | William Jennings Bryan | 42,628 |` under his Democratic and Populist rows).
 */
function isSubtotal(row: ReadRow, above: readonly ReadRow[], nameAt: number): boolean {
  if (row.kind !== 'total' || nameAt === -1 || row.labelColumn === nameAt) return false
  const name = stripFootnotes(row.cells[nameAt]?.text ?? '').trim()
  if (name === '' || isTotalLabel(name)) return false
  return above.some((other) => other.kind === 'result' && stripFootnotes(other.cells[nameAt]?.text ?? '').trim() === name)
}
